"""Precision rules, each on notes written for these tests (none is from the eval data)."""

import datetime as dt

from .conftest import pick


def test_running_a_business_is_not_the_hobby(facts):
    found = facts("Mr Osei — flat white. Runs the bike shop on Church St with his brother.")
    assert not pick(found, "interest", value="running")
    assert pick(facts("Runs most mornings, training for Bath half."), "interest", value="running")


def test_reading_the_paper_is_a_passing_mention(facts):
    assert not pick(facts("Waits in the car, reads the paper."), "interest", value="reading")


def test_dancer_with_a_company_is_no_hobby(facts):
    found = facts("Principal dancer with Scottish Ballet - hamstring, back in 2 wks.")
    assert not pick(found, "interest", value="dancing")


def test_order_for_a_child_is_not_the_customers(facts):
    found = facts("Americano; babyccino w/ marshmallows for her little one.")
    assert pick(found, "preference", value="americano")
    assert not [f for f in pick(found, "preference") if "babyccino" in f["value"].lower()]


def test_a_booking_moved_to_a_day_is_no_house_move(facts):
    found = facts("Van in the garage - her MOT moved to Thurs.")
    assert not pick(found, "event", type="moving")


def test_ordinal_before_a_noun_is_no_birthday(facts):
    found = facts("Client's 3rd rabbit (Clover) came in for nails.")
    assert not pick(found, "event", type="birthday")
    assert pick(facts("Booked for Maya's 30th on Friday."), "event", type="birthday")


def test_her_birthday_is_hers_not_the_husbands(facts):
    found = facts("Husband Ian paid for her colour as a treat for her birthday on 2 May.")
    assert pick(found, "event", type="birthday", about=None)


def test_one_wedding_per_note_keeps_the_date(facts):
    found = facts("I am getting married this summer! The big day is 12 September.",
                  author="customer")
    weddings = pick(found, "event", type="wedding")
    assert len(weddings) == 1 and weddings[0]["when"] == "2026-09-12"


def test_possessive_job_is_someone_elses(facts):
    found = facts("Pt's usual physio is off sick, seen by locum.")
    assert not pick(found, "occupation")
    assert pick(facts("Tom's a plumber, self-employed."), "occupation", value="plumber")


def test_doing_well_after_surgery_is_no_school(facts):
    found = facts("Wife had knee surgery at St Thomas', doing well now.")
    assert not pick(found, "school")


def test_condition_in_a_dash_fragment_after_a_pet_intro_is_the_pets(facts):
    found = facts("Biscuit (lab, 9) — arthritis, on meds. Owner is a teacher.")
    assert pick(found, "event", type="illness", about="Biscuit")
    found = facts("Biscuit (lab) — owner recovering from knee surgery.")
    assert pick(found, "event", type="surgery", about=None)


def test_capitalised_oh_is_the_other_half(facts):
    found = facts("Mrs Dale. OH Trevor had hip surgery last month.")
    assert pick(found, "person", relation="partner", name="Trevor")
    assert pick(found, "event", type="surgery", about="Trevor")
    assert not pick(facts("Oh, she mentioned it again."), "person")


def test_a_relatives_pet_is_about_the_relative(facts):
    found = facts("Asked about boarding for her dad's dog (Pip).")
    assert pick(found, "pet", name="Pip", about="father")


def test_a_note_opening_on_a_style_names_the_customers_choice(facts):
    found = facts("skin fade 1 on sides, scissor on top. Quiet today.")
    assert pick(found, "preference", value="skin fade", topic="style")
    assert pick(facts("Perm every 6 weeks."), "preference", value="perm")
    found = facts("Ravi — scissor cut on top, never clippers.")
    assert pick(found, "preference", value="clippers", polarity="dislike")
    found = facts("Mr Nowak — 2kg pork shoulder every Sat, never changes.")
    assert pick(found, "preference", value="pork shoulder", topic="food")


def test_what_was_loved_on_a_trip_is_no_standing_taste(facts):
    found = facts("Back from Crete, loved the beaches. Usual latte.")
    assert not pick(found, "preference", value="beaches")
    assert pick(found, "preference", value="latte")
    assert pick(facts("She's always loved sweet peas."), "preference", value="sweet peas")


def test_a_title_that_goes_on_is_one_job(facts):
    jobs = pick(facts("Mrs Adeyemi's husband is a dental nurse. She's a GP registrar."),
                "occupation")
    assert sorted(j["value"] for j in jobs) == ["GP registrar", "dental nurse"]


def test_working_hours_are_not_part_of_the_job(facts):
    found = facts("Mr Park (collie, Bess) - full-time potter, own studio.")
    assert [j["value"] for j in pick(found, "occupation")] == ["potter"]
    found = facts("She's a freelance graphic designer.")
    assert [j["value"] for j in pick(found, "occupation")] == ["graphic designer"]


def test_also_a_client_does_not_turn_back_to_the_customer(facts):
    found = facts("Mrs Dale's son Tariq (also a client) now living in Lisbon.")
    assert not pick(found, "place", about=None)


def test_a_job_after_a_dash_is_the_relative_just_named(facts):
    found = facts("Booked in by her fiancé Tom — junior doctor, nights this week.")
    assert pick(found, "occupation", about="Tom", value="junior doctor")
    assert not pick(found, "occupation", about=None)
    assert pick(facts("Ms Ito — midwife. Partner Hiro works at Nissan."), "occupation",
                about=None, value="midwife")


def test_a_name_after_a_title_is_the_owner_not_the_pet(facts):
    assert not pick(facts("Mr Ferris (collie, Meg) - nails and ears."), "pet", name="Ferris")
    assert pick(facts("Biscuit (cocker spaniel) - nails."), "pet", name="Biscuit")


def test_a_name_the_note_corrects_is_replaced(facts):
    found = facts("Mr Ahmed — son Yusuf? no, Idris — off to uni in Sept.")
    assert not pick(found, "person", name="Yusuf")
    assert pick(found, "person", relation="son", name="Idris")
    assert pick(facts("Daughter Amy, no allergies."), "person", name="Amy")


def test_a_place_after_a_dash_is_the_relative_just_named(facts):
    found = facts("Mrs Ruiz — her son Dev — lives in Dubai now.")
    assert pick(found, "place", about="Dev", value="Dubai")
    assert not pick(found, "place", about=None)


def test_mums_80th_is_mums_birthday(facts):
    found = facts("Lilies and freesias for her mum's 80th on Saturday.")
    assert pick(found, "event", type="birthday", about="mother")
    assert not pick(found, "event", type="birthday", about=None)


def test_a_surname_after_a_title_is_no_colour_or_flower(facts):
    found = facts("Mrs White, oat latte, no sugar.")
    assert [p["value"] for p in pick(found, "preference")] == ["oat latte"]
    assert not pick(facts("Ms Rose - collecting Friday."), "preference")
    assert not pick(facts("Mr Black's MOT due."), "preference")


def test_a_surname_after_a_title_is_no_job_or_hobby(facts):
    found = facts("Mrs Cook, cut and blow-dry, usual.")
    assert not pick(found, "occupation") and not pick(found, "interest")
    found = facts("Mr Baker - flat white.")
    assert not pick(found, "occupation") and not pick(found, "interest")
    assert pick(facts("Dr Patel - keen golfer."), "interest", value="golf")


def test_a_holiday_home_is_no_trip(facts):
    assert not pick(facts("Mr Quinn — MOT. Keeps the camper at their holiday home in Devon."),
                    "trip")
    assert pick(facts("Away on holiday in Crete next week."), "trip", destination="Crete")


def test_obsessed_with_a_subject_is_one_pursuit(facts):
    found = facts("Her grandson Alfie is obsessed with ancient history.")
    assert [f["value"] for f in pick(found, "interest")] == ["ancient history"]
    assert not pick(found, "preference")
    found = facts("Obsessed with matcha lattes.")
    assert pick(found, "preference", value="matcha lattes") and not pick(found, "interest")


def test_loved_the_wedding_flowers_is_a_past_wedding(facts):
    found = facts("We loved the wedding flowers, thank you so much!", author="customer")
    assert not pick(found, "event", type="wedding", status="upcoming")


def test_a_relatives_relative_is_not_the_customers(facts):
    found = facts("Mrs Hale - her son's partner Jess is expecting in June.")
    assert not pick(found, "person", relation="partner")
    assert pick(found, "person", relation="other", name="Jess")
    found = facts("Said her neighbour's son is a pilot.")
    assert not pick(found, "person") and not pick(found, "occupation")
    found = facts("Her daughter's boyfriend plays rugby for Bath.")
    assert not pick(found, "person", relation="partner") and not pick(found, "interest")
    found = facts("Her daughter's kids are staying for half term.")
    assert pick(found, "person", relation="grandchild")


def test_an_exs_home_is_not_the_customers(facts):
    assert not pick(facts("Her ex-husband lives in Spain, has the kids at Easter."), "place")
    assert not pick(facts("My ex lives in Leeds now.", author="customer"), "place")
    assert pick(facts("Ex-teacher, loves golf."), "interest", value="golf")


def test_what_staff_recommended_or_sold_is_no_order(facts):
    found = facts("Recommended the Rioja; she usually goes for Malbec.")
    assert [p["value"] for p in pick(found, "preference")] == ["Malbec"]
    assert not pick(facts("Out of oat milk, had soy latte."), "preference")


def test_walks_the_dog_names_no_pet(facts):
    assert not pick(facts("Walks the dog before work, so 9:30 earliest."), "pet", name="Walks")
    assert pick(facts("Rolo the dog came in with her."), "pet", name="Rolo")


def test_lessons_for_her_daughter_are_the_daughters(facts):
    found = facts("Swimming lessons for her daughter on Saturdays, so prefers Fridays.")
    assert not pick(found, "interest", about=None)


def test_the_co_op_is_no_operation(facts):
    found = facts("I'm the manager of the Co-op opposite.", author="customer")
    assert not pick(found, "event")
    assert pick(facts("Post-op check, healing well."), "event", type="surgery")


def test_praise_for_the_business_is_no_preference(facts):
    assert not pick(facts("I'm a big fan of your shop!", author="customer"), "preference")
    assert pick(facts("I love your cakes.", author="customer"), "preference", value="cakes")


def test_a_keen_photographer_has_a_hobby_a_photographer_a_job(facts):
    found = facts("Keen photographer, shoots birds at Slimbridge.")
    assert pick(found, "interest", value="photography") and not pick(found, "occupation")
    found = facts("Mrs Bell - she's a photographer, busy in summer.")
    assert pick(found, "occupation", value="photographer") and not pick(found, "interest")


def test_an_occasion_is_no_standing_order(facts):
    assert not pick(facts("Staff birthday cake, collected by Jen."), "preference")
    assert not pick(facts("Said wedding season is busy for her."), "event")


def test_an_occasion_for_someone_elses_family_is_not_the_customers(facts):
    assert not pick(facts("Christening cake for a friend's baby, Sunday."), "event")
    assert not pick(facts("Anniversary bouquet for her parents' 40th."), "event", about=None)


def test_after_a_corrected_name_the_dash_goes_on_about_that_person(facts):
    found = facts("Mr Ahmed — son Yusuf? no, Idris — getting married 4 Oct.")
    assert pick(found, "event", type="wedding", about="Idris")
    assert not pick(found, "event", about=None)


def test_boyfriends_a_gp_is_the_boyfriends_job(facts):
    found = facts("Boyfriend's a GP registrar, so she books around his rota.")
    assert pick(found, "occupation", about="partner", value="GP registrar")
    assert not pick(found, "occupation", about=None)
    found = facts("Daughter's getting married in May.")
    assert pick(found, "event", type="wedding", about="daughter")
    assert not pick(facts("The children's hospital rang."), "person")


def test_her_son_moved_is_the_sons_move(facts):
    found = facts("Her son moved to Dubai last year, visits at Christmas.")
    assert pick(found, "place", about="son", value="Dubai")
    assert not pick(found, "event", type="moving", about=None)


def test_a_fragment_after_a_pets_intro_is_the_pets(facts):
    found = facts("Max (lab) — allergic to chicken, on hypoallergenic food.")
    assert pick(found, "dietary", about="Max") and not pick(found, "dietary", about=None)
    found = facts("Max (lab) — nurse, works nights.")
    assert not pick(found, "occupation")


def test_id_love_a_table_is_a_request(facts):
    assert not pick(facts("We'd love a table for 4 at 7pm.", author="customer"), "preference")
    found = facts("I would love a bouquet for Friday please.", author="customer")
    assert not pick(found, "preference")
    assert pick(facts("I love peonies.", author="customer"), "preference", value="peonies")


def test_a_liking_of_a_preposition_is_no_preference(facts):
    assert not pick(facts("Always orders for her husband too."), "preference")
    assert pick(facts("Drinks a lot of water."), "preference", value="water")


def test_a_retired_or_former_job_is_left_out(facts):
    assert not pick(facts("Pt is a retired teacher, walks daily."), "occupation")
    assert not pick(facts("She's a former nurse."), "occupation")
    assert pick(facts("Pt is a student nurse."), "occupation")


def test_what_the_customer_is_names_no_relative(facts):
    assert not pick(facts("Used to be a nurse, now a full-time mum."), "person")
    found = facts("Proud new grandma — granddaughter Ivy born Tues.")
    assert not pick(found, "person", relation="grandparent")
    assert pick(found, "person", relation="grandchild", name="Ivy")


def test_advice_to_avoid_is_no_dislike(facts):
    assert not pick(facts("Tennis elbow — avoid heavy lifting for 2 wks."), "preference")
    found = facts("I avoid dairy where I can.", author="customer")
    assert pick(found, "preference", value="dairy", polarity="dislike")


def test_in_love_with_reads_the_object(facts):
    found = facts("I am in love with Taylor Swift.", author="customer")
    assert pick(found, "preference", value="Taylor Swift")


def test_a_hobby_with_a_reason_after_for_the_is_kept(facts):
    found = facts("I go to the gym just for the company.", author="customer")
    assert pick(found, "interest", value="gym")


def test_a_staff_note_ending_on_a_hedge_gives_no_place_or_job(facts):
    assert not pick(facts("Her accent is from Cork I think."), "place")
    found = facts("Daughter is a nurse, I think.")
    assert not pick(found, "occupation") and pick(found, "person", relation="daughter")


def test_now_in_year_10_is_no_home(facts):
    assert not pick(facts("Son now in Year 10 at Hartley."), "place")
    assert pick(facts("Now in Leeds."), "place", value="Leeds")


def test_a_former_post_or_a_proper_name_is_no_colour(facts):
    assert not pick(facts("Retired teacher, ex-Royal Navy."), "preference")
    found = facts("Large Americano, extra shot. Supports Forest Green Rovers.")
    assert not pick(found, "preference", topic="color")
    assert pick(facts("Iced Latte, Oat Milk."), "preference", value="Iced latte")


def test_a_list_after_a_request_describes_the_order(facts):
    assert not facts("Wants a cake for her boss's leaving do, chocolate, serves 20.")
    found = facts("Asked for a bouquet for her mum's funeral. Lilies and white roses.")
    assert not pick(found, "preference")
    found = facts("Suit for his son's wedding on 4 Oct. Likes bold colours, no pastels.")
    assert pick(found, "preference", value="pastels", polarity="dislike")


def test_usual_colon_is_not_part_of_the_order(facts):
    assert pick(facts("Usual: Skinny Latte."), "preference", value="Skinny latte")


def test_an_unnamed_boss_is_outside_the_circle(facts):
    assert not facts("Her boss is a vet.")


def test_a_name_given_as_the_relatives_name(facts):
    found = facts("Husband's name is Dev, he's a paramedic.")
    assert pick(found, "person", relation="spouse", name="Dev")
    assert pick(found, "occupation", value="paramedic", about="Dev")


def test_a_list_of_the_family_names_no_one_by_the_next_word(facts):
    found = facts("Booked the whole family in for Christmas eve: Mum, Dad, Ellie (12), Sam (9).")
    assert not pick(found, "person", name="Ellie", relation="mother")
    assert not pick(found, "person", name="Ellie", relation="father")


def test_like_a_is_a_comparison(facts):
    assert not pick(facts("Says her dog is like a child to her."), "preference")


def test_a_colour_someone_drinks_is_wine(facts):
    found = facts("She said her husband only drinks white.")
    assert pick(found, "preference", value="white", topic="drink", about="spouse")


def test_a_car_colour_is_no_order(facts):
    assert not pick(facts("MOT due March. Drives a red Mini."), "preference")


def test_a_pet_named_after_a_food_is_no_order(facts):
    found = facts("Cat Pudding, 14, kidney issues.")
    assert pick(found, "pet", name="Pudding")
    assert not pick(found, "preference")


def test_a_wedding_anniversary_is_no_wedding(facts):
    found = facts("Flowers for her own wedding anniversary next Tues — 40 years!")
    assert pick(found, "event", type="anniversary")
    assert not pick(found, "event", type="wedding")


def test_maid_of_honour_is_no_job(facts):
    assert not pick(facts("Maid of honour is her sister Kate."), "occupation")


def test_works_somewhere_as_a_job(facts):
    assert pick(facts("Works at the hospital as a porter."), "occupation", value="porter")


def test_mum_of_three_has_children(facts):
    found = facts("Mum of 3, youngest just started nursery.")
    assert pick(found, "person", relation="child")
    assert not pick(found, "person", relation="mother")


def test_a_month_after_a_kin_word_is_a_name(facts):
    assert pick(facts("Wife June had a fall."), "person", relation="spouse", name="June")
    assert not pick(facts("Daughter May 2020 graduated."), "person", name="May")


def test_a_chat_about_a_thing_is_the_thing(facts):
    assert pick(facts("Likes a good chat about football."), "interest", value="football")


def test_pet_names_after_a_dash_or_called(facts):
    found = facts("Two cats — Salt & Pepper. Salt is diabetic, insulin twice a day.")
    assert pick(found, "pet", species="cat", name="Salt")
    assert pick(found, "pet", species="cat", name="Pepper")
    assert not pick(found, "dietary", about=None)
    assert pick(facts("New puppy! Golden retriever called Honey."), "pet", name="Honey")
    assert not pick(facts("Labrador — Nervous of the dryer."), "pet", name="Nervous")


def test_what_the_owner_brought_is_no_order(facts):
    assert not pick(facts("Frenchie Bruno is 2 today! Owner brought cake."), "preference")


def test_a_student_at_a_college_studies_there(facts):
    found = facts("Kitten Oreo, first vaccs. Owner is a student at UCL.")
    assert pick(found, "school", value="UCL", about=None)
    assert not pick(found, "occupation")


def test_her_ordinal_is_hers(facts):
    found = facts("My daughter has just gone vegan and we're coming for her 16th.",
                  author="customer")
    assert pick(found, "event", type="birthday", about="daughter")


def test_a_job_started_is_past(facts):
    found = facts("I've started a new job at the hospital.", author="customer")
    assert pick(found, "event", type="new_job", status="past")


def test_a_liked_thing_ends_before_a_relative_clause(facts):
    found = facts("I love the lavender scrub you used last time!", author="customer")
    assert pick(found, "preference", value="lavender scrub")
    assert pick(facts("My wife loves a good Rioja.", author="customer"), "preference",
                value="Rioja", about="spouse")


def test_studying_or_starting_at_a_university(facts):
    assert pick(facts("Studying law at Birmingham, home for Xmas."), "school",
                value="Birmingham", about=None)
    found = facts("Daughter Efia starting at Kingston Uni in Sept.")
    assert pick(found, "school", value="Kingston Uni", about="Efia")
    assert pick(found, "event", type="other", about="Efia", when="2026-09")
    assert not pick(facts("Reading a book at Costa when I came in."), "school")


def test_lives_at_a_home_in_a_town(facts):
    found = facts("Bouquet for my grandmother Ethel. She lives at Rosewood Care Home in Ilkley.",
                  author="customer")
    assert pick(found, "place", value="Ilkley", about="Ethel", relation="lives_in")


def test_also_a_client_describes_the_relative(facts):
    found = facts("Client's brother Sunil (also a client) now living in Dubai.")
    assert pick(found, "place", value="Dubai", about="Sunil")
    assert not facts("Chatted with a customer who lives in Leeds.")


def test_a_service_heading_is_no_job(facts):
    assert not pick(facts("Physio: lower back, desk job."), "occupation")


def test_a_wedding_dress_is_no_wedding(facts):
    found = facts("Altered her mum's wedding dress for her own wedding. Wedding 3rd May.")
    assert not pick(found, "event", about="mother")
    assert pick(found, "event", type="wedding", about=None)


def test_her_best_friends_wedding_is_the_friends(facts):
    found = facts("Fitting for bridesmaid dress — her best friend's wedding 10 Oct.")
    assert not pick(found, "event", about=None)


def test_mum_to_a_named_child(facts):
    found = facts("Boot camp regular. Mum to Isla (4). Nursery teacher.")
    assert pick(found, "person", relation="child", name="Isla")
    assert not pick(found, "person", relation="mother")
    found = facts("Mum to Bella the cockapoo.")
    assert pick(found, "pet", name="Bella", about=None)
    assert not pick(found, "person")


def test_terse_kin_abbreviations_and_labels(facts):
    found = facts("mrs d - usual cut. dau getting married nxt yr.")
    assert pick(found, "event", type="wedding", about="daughter")
    found = facts("husband = Mike, plumber. Kids: Jack 10, Ava 8.")
    assert pick(found, "person", relation="spouse", name="Mike")
    assert pick(found, "occupation", value="plumber", about="Mike")
    found = facts("Son: Teacher at Eton.")
    assert not pick(found, "person", name="Teacher")
    assert pick(facts("Dog - Biscuit. Owner = nurse."), "occupation", value="nurse", about=None)
    assert pick(facts("She's preggers! Due Apr."), "event", type="new_baby")


def test_an_item_word_qualifying_another_thing_is_no_order(facts):
    assert not facts("Coffee machine serviced, new grinder burrs.")
    assert not facts("Heatwave — extra water station by studio 2.")
    assert not pick(facts("Emergency — RTA, black cat, unknown owner."), "preference")
    found = facts("Lady w/ the twins — decaf soy cap. Pot of Earl Grey every Sat.")
    assert pick(found, "preference", value="decaf soy cap", about=None)
    assert pick(found, "preference", value="earl grey")
    assert pick(facts("Cheese toastie, no butter."), "preference", value="cheese toastie")


def test_her_favourite_after_a_list_item_is_hers(facts):
    found = facts("Funeral wreath for Mr Oyelaran's mother. White lilies, her favourite.")
    assert pick(found, "preference", value="White lilies", topic="flower", about="mother")
    assert not pick(found, "preference", topic="color")


def test_pets_and_outsiders_around_kin_words(facts):
    found = facts("Her old boy Rufus died before Xmas.")
    assert not pick(found, "person", relation="son")
    found = facts("Coco (bichon) — owner says Coco's sister Lulu might start coming too.")
    assert not pick(found, "person", relation="sister")
    assert not pick(facts("Owner rang re: her neighbour's dog barking."), "pet")
    assert pick(facts("Her client's dog Rex bit her."), "pet", name="Rex")
    found = facts("Young mum, twins in buggy — wanted board books.")
    assert not pick(found, "person", relation="mother")


def test_bf_opening_a_sentence_is_the_boyfriend(facts):
    found = facts("Lucia — cortado, no sugar. Bf is a DJ.")
    assert pick(found, "person", relation="partner")
    assert pick(found, "occupation", value="DJ", about="partner")


def test_the_object_of_a_dislike_is_no_order(facts):
    found = facts("Flat white w/ oat, xtra hot. Hates anything w/ cinnamon.")
    assert pick(found, "preference", value="cinnamon", polarity="dislike")
    assert not pick(found, "preference", value="cinnamon", polarity="like")
    found = facts("Mrs Dunn's daughter Maisie (4) — first specs. Mum chose pink frames.")
    assert not pick(found, "preference")


def test_staff_family_ruby_weddings_and_alpine_places(facts):
    assert not facts("Staff: I'm off Thurs for my sister's wedding — Kat covering.")
    found = facts("Bought 2 bottles of Sancerre for his in-laws' ruby wedding.")
    assert pick(found, "event", type="anniversary", about="in-laws")
    assert not pick(found, "event", type="wedding")
    assert pick(facts("Off skiing in Val d'Isère next wk!"), "trip", destination="Val d'Isère")


def test_nationalities_are_no_names_and_places_no_pets(facts):
    found = facts("Husband is Kenyan, works away a lot.")
    assert pick(found, "person", relation="spouse", name=None)
    assert not pick(facts("Works as a security guard at Canary Wharf."), "pet")
    assert pick(facts("Owner's Labrador Max has fleas."), "pet", name="Max")


def test_a_diet_word_before_a_relative_is_the_relatives(facts):
    found = facts("2 rye loaves every Mon. Coeliac wife Abena, so also 1 GF.")
    assert pick(found, "dietary", value="gluten", about="Abena")
    assert pick(facts("Vegan, husband too."), "dietary", value="vegan", about=None)


def test_teaches_at_a_school_is_a_teacher_there(facts):
    found = facts("Wife Akos teaches at Goldsmiths.")
    assert pick(found, "occupation", value="teacher", employer="Goldsmiths", about="Akos")


def test_named_pets_before_a_plural_breed(facts):
    found = facts("Lola & Bruno (pugs). Lola hates the dryer — towel only.")
    assert pick(found, "pet", name="Lola", species="dog")
    assert pick(found, "pet", name="Bruno", species="dog")
    assert pick(found, "preference", value="dryer", about="Lola")
    assert not pick(facts("Mrs Lee, Max (lab) — nails."), "pet", name="Lee")


def test_more_ways_of_naming_a_school(facts):
    found = facts("Jen — two kids, both at St Anne's primary.")
    assert pick(found, "school", value="St Anne's primary", about="child")
    assert pick(facts("Double espresso. Doing a PhD at Imperial (robotics)."), "school",
                value="Imperial")
    assert pick(facts("Son Davi starts Year 7 at Mossbourne in Sept."), "school",
                value="Mossbourne", about="Davi")
    assert pick(facts("Granddaughter Kemi graduating from Warwick in July."), "school",
                value="Warwick", about="Kemi")
    assert pick(facts("Her daughter Simran did Medicine at Bristol!"), "school", value="Bristol")
    assert pick(facts("He's 19 and at Aston Uni."), "school", value="Aston Uni")
    assert not pick(facts("Works at Highgate Wood School as a TA."), "school")
    assert not pick(facts("Did her nails at Boots."), "school")


def test_more_ways_of_naming_a_job(facts):
    found = facts("Ama — knotless braids, every 6 wks. Nurse at Guy's.")
    assert pick(found, "occupation", value="Nurse", employer="Guy's")
    assert pick(facts("3 shirts, monogrammed. Trader at Citadel."), "occupation",
                value="Trader", employer="Citadel")
    assert pick(facts("Son Omar is a sommelier in Paris!"), "occupation", about="Omar")
    assert pick(facts("Pt is left-handed, a surgeon at St Thomas' — back soon."), "occupation",
                value="surgeon", about=None)
    assert pick(facts("My wife Helen has gone freelance as a graphic designer.",
                      author="customer"), "occupation", value="graphic designer", about="Helen")
    assert not pick(facts("Brought flowers, a teacher gift."), "occupation")


def test_twin_boys_are_sons(facts):
    found = facts("Twin boys at Highgate Wood School.")
    assert pick(found, "person", relation="son")
    assert pick(found, "school", value="Highgate Wood School", about="son")


def test_likes_stated_without_a_liking_verb(facts):
    assert pick(facts("Mr K — van. Supports Arsenal, season ticket."), "preference",
                value="Arsenal", topic="team")
    assert pick(facts("Young guy, laptop, always the window seat."), "preference",
                value="window seat")
    assert not facts("Always the first to arrive.")
    assert pick(facts("He loves Rioja, I'm more of a Prosecco girl.", author="customer"),
                "preference", value="Prosecco", about=None)
    found = facts("Flowers for my dad. He's fussy — dahlias are his pride and joy.",
                  author="customer")
    assert pick(found, "preference", value="dahlias", about="father")
    assert pick(facts("Your new GF brownies are amazing!", author="customer"), "preference",
                value="GF brownies")
    assert not facts("The staff were amazing.", author="customer")
    assert pick(facts("Sunflowers — weekly. Always sunflowers, loves them."), "preference",
                value="sunflowers")
    assert pick(facts("I'm big on natural wines.", author="customer"), "preference",
                value="natural wines")


def test_more_hobbies_and_their_cues(facts):
    assert pick(facts("Beatriz — Zumba Mon/Wed."), "interest", value="zumba")
    assert pick(facts("Mr Osei — powerlifting, comp in June."), "interest", value="powerlifting")
    assert pick(facts("Plays 5-a-side Tuesdays."), "interest", value="5-a-side football")
    assert pick(facts("Off skiing in Val d'Isère next wk!"), "interest", value="skiing")
    assert pick(facts("Tomasz — training for Berlin marathon."), "interest",
                value="marathon running")
    assert pick(facts("A reading list for my book group.", author="customer"), "interest",
                value="book club")
    assert not pick(facts("Hi, my book club is reading Demon Copperhead next.",
                          author="customer"), "interest", value="reading")


def test_deaths_said_other_ways(facts):
    found = facts("Owner Mr Fry very upset — his wife passed last year too.")
    assert pick(found, "event", type="bereavement", about="spouse")
    found = facts("Mentioned her late husband Bill used to come here every Friday.")
    assert pick(found, "event", type="bereavement", about="Bill")
    assert not pick(facts("Mr Aziz — his wife's just passed her test."), "event")


def test_outsiders_wishes_products_and_names_that_look_like_things(facts):
    assert not facts("One of the guests is allergic to nuts.")
    assert not facts("Wants to take up pottery next year.")
    assert not pick(facts("Dad (Parkinson's) comes with her."), "person", name="Parkinson")
    assert not pick(facts("Kids' frames — Leo (7) and Mia (5)."), "person", name=None)
    assert not facts("Parent says he's nervous.")
    assert not pick(facts("Full-time carer for her mum."), "occupation")
    assert not pick(facts("She's a teacher at Oakwood Primary."), "school")
    assert pick(facts("Daughter at Oakwood Primary."), "school", about="daughter")
    assert not pick(facts("Mrs Hill — Lily, her granddaughter, 4."), "preference")


def test_diets_said_as_what_to_leave_out(facts):
    found = facts("A cake for my daughter Rosie? No nuts please — she's allergic.",
                  author="customer")
    assert pick(found, "dietary", value="nuts", about="Rosie")
    assert pick(facts("Mrs Novak — green smoothie, no banana (allergic)."), "dietary",
                value="banana")
    assert pick(facts("Doesn't eat pork."), "dietary", value="no pork")
    assert pick(facts("Mrs Novak — green smoothie."), "preference", value="green smoothie",
                topic="drink")


def test_more_places_trips_and_events(facts):
    assert pick(facts("Mr Ferreira — Portuguese, from Porto originally."), "place",
                value="Porto", relation="from")
    assert pick(facts("Gemma — blowdry for her hen do in Ibiza next wkend."), "trip",
                destination="Ibiza")
    assert pick(facts("Had my gallbladder out yesterday.", author="customer"), "event",
                type="surgery", when="2026-03-13")
    assert pick(facts("Celebrating 50 yrs married on 2 May!"), "event", type="anniversary")
    assert pick(facts("Started a second job at a care agency in March."), "event",
                type="new_job")


def test_her_after_a_named_relative_opening_the_sentence_is_theirs(facts):
    found = facts("Sister Leanne due w/ her first baby in May.")
    assert pick(found, "event", type="new_baby", about="Leanne")
    found = facts("Mum Sue booked her colour for Friday, it's her 60th.")
    assert pick(found, "event", type="birthday", about="Sue")


def test_a_new_job_is_no_liked_thing(facts):
    found = facts("Her daughter Amy loves her new job at Tesco.")
    assert not pick(found, "preference")
    assert pick(found, "event", type="new_job", about="Amy")


def test_a_workplace_is_no_school(facts):
    assert not facts("Works at Leeds Uni in admissions.")
    assert not facts("She's at King's College Hospital for tests.")
    assert not facts("Got a job at Manchester Uni.")
    assert pick(facts("Daughter just started at Leeds Uni."), "school", about="daughter")


def test_whose_event_diet_or_pet_it_is(facts):
    found = facts("Going to Hong Kong for sister's wedding Oct.")
    assert pick(found, "event", type="wedding", about="sister")
    found = facts("Can't make Saturday, it's my buddy Jake's wedding on June 20.",
                  author="customer")
    assert pick(found, "event", type="wedding", about="Jake")
    assert pick(facts("Wife joining Fri; it's her birthday Sat."), "event", type="birthday",
                about="spouse")
    found = facts("Gf Priya climbs too, she's vegan.")
    assert pick(found, "dietary", value="vegan", about="Priya")
    found = facts("Husband Raj does parkrun w/ their dog Chutney.")
    assert pick(found, "pet", name="Chutney", about=None)


def test_groups_and_teaching_and_nested_hobbies(facts):
    assert not facts("Ethan (9) moved up to Dolphins squad.")
    assert pick(facts("Teaches Zumba 3 evenings a week."), "occupation", value="Zumba teacher")
    found = facts("Runner, training for Paris marathon.")
    assert pick(found, "interest", value="marathon running")
    assert not pick(found, "interest", value="running")


def test_event_words_in_another_sense(facts):
    assert not facts("Invoice due date 30th.")
    assert pick(facts("Her due date is 14 March."), "event", type="new_baby")
    assert not facts("Photo op for the shop on Sat.")
    assert not facts("Surgery closed Monday.")
    assert pick(facts("Had surgery on her knee."), "event", type="surgery")
    assert not facts("Big day tomorrow — exam.")
    assert not pick(facts("Going to a wedding next month, wants an updo."), "event")
    assert pick(facts("Ring bearer at our wedding.", author="customer"), "event", type="wedding")
    assert not pick(facts("New baby cards restocked."), "event")
    assert not pick(facts("Just diagnosed with celiac."), "event")


def test_compounds_and_genres(facts):
    assert not facts("Card reader kept dropping out.")
    assert pick(facts("I'm more into jazz myself.", author="customer"), "preference",
                value="jazz", topic="music")


def test_products_brands_and_named_things(facts):
    assert not facts("Guest ale Brother Rabbit IPA sold out.")
    assert not facts("6 Big Sister prosecco for the party.")
    assert not facts("Booking the service on my Golf.", author="customer")
    assert not facts("Entered for Badminton next May.")
    assert pick(facts("Plays golf with Brother Dave."), "person", relation="brother", name="Dave")
    assert not facts("Oatly out, Minor Figures in.")
    assert not facts("Craving your chai like crazy.", author="customer")


def test_former_and_unsure_jobs(facts):
    assert not facts("Retired (ex-BT engineer).")
    assert not facts("Wine buyer for a restaurant group? (not sure)")
    assert not facts("Kenji is the new chef at Noma?")


def test_one_of_our_party_and_also_our_patient(facts):
    found = facts("One of our party has a severe shellfish allergy — it's my brother-in-law.",
                  author="customer")
    assert not pick(found, "dietary", about=None)
    found = facts("Pt's son Ben (also our pt) moving to Melbourne in Aug, needs records.")
    assert pick(found, "event", type="moving", about="Ben")
    assert not pick(found, "event", about=None)


def test_an_event_said_twice_is_one(facts):
    found = facts("Son Tobi getting married in Sept - wants to discuss wedding wine.")
    assert len(pick(found, "event", type="wedding")) == 1
    found = facts("It's my wife's 40th birthday on the 4th.", author="customer")
    assert pick(found, "event", type="birthday", about="spouse")
    assert not pick(found, "event", about=None)


def test_done_to_an_item_or_a_coat_colour_is_no_order(facts):
    assert not facts("Table 6 sent back the risotto. Chef remade, comped desserts.")
    assert not facts("Don't let the cat out - Mochi, grey, very sneaky.")
    assert pick(facts("Iced latte, salted caramel."), "preference", value="salted caramel")


def test_a_relatives_name_given_later(facts):
    found = facts("Flowers for my grandmother's funeral? She loved freesias. Her name was Dorothy.",
                  author="customer")
    assert pick(found, "person", relation="grandparent", name="Dorothy")


def test_a_pets_operation_on_a_weekday_gone(facts):
    found = facts("Winston (our basset) had surgery on his back on Monday.", author="customer",
                  date=dt.date(2026, 11, 13))
    assert pick(found, "event", type="surgery", about="Winston", when="2026-11-09",
                status="past")
    found = facts("Ruffles (our cat) died in October, so it's just Bonnie the rabbit now.",
                  author="customer")
    assert pick(found, "pet", name="Bonnie", about=None)


def test_what_mum_says_is_about_the_child(facts):
    found = facts("Lily (11) grade 3 piano. Mum says she's also started violin at school.")
    assert not pick(found, "interest", about="mother")


def test_pet_deaths_said_around_the_name(facts):
    found = facts("Biscuit (cocker, 13) — PTS today. Owner v upset.")
    assert pick(found, "pet", name="Biscuit", status="deceased")
    assert pick(found, "event", type="bereavement", about="Biscuit")
    found = facts("Sadly we lost our rabbit Dusty at the weekend.", author="customer")
    assert pick(found, "pet", name="Dusty", status="deceased")
    found = facts("We've lost our cat Tigger — he's been missing 2 days.", author="customer")
    assert pick(found, "pet", name="Tigger", status="alive")
    assert not pick(facts("Lost her dog lead, Max (lab) pulled it off."), "pet", status="deceased")


def test_a_loss_said_twice_is_one_bereavement(facts):
    found = facts("Mr Haas — altering his late wife's coat. Very emotional, wife died in Feb.")
    assert len(pick(found, "event", type="bereavement")) == 1
    assert pick(found, "event", type="bereavement", about="spouse", when="2026-02")
    found = facts("It's my late dad's jacket. He passed in the spring.", author="customer")
    assert pick(found, "event", type="bereavement", about="father")


def test_more_ways_of_liking_and_disliking(facts):
    assert pick(facts("Big Joni Mitchell fan. Retired architect."), "preference",
                value="Joni Mitchell")
    found = facts("Personally I've gone off red lately — been loving Sancerre instead.",
                  author="customer")
    assert pick(found, "preference", value="Sancerre", polarity="like")
    assert pick(found, "preference", value="red", polarity="dislike")
    assert pick(facts("Always asks for the ripest figs & a bunch of dill."), "preference",
                value="figs")
    assert pick(facts("Could you save me my usual cardamom bun tomorrow?", author="customer"),
                "preference", value="cardamom bun")
    assert pick(facts("Loves white Burgundy; won't touch anything oaky."), "preference",
                value="oaky", polarity="dislike")
    assert pick(facts("Pint of Guinness. Season ticket at Villa."), "preference",
                value="Villa", topic="team")
    assert not facts("Do you like jazz?", author="customer")


def test_a_hobby_for_someone_else_or_for_a_paper(facts):
    assert not facts("Swim lessons booked for Tom.")
    assert not facts("Writes for the local paper.")
    assert pick(facts("Plays cricket for Yorkshire."), "interest", value="cricket")


def test_more_events_said_plainly(facts):
    found = facts("It was my birthday yesterday and the cake was perfect.", author="customer")
    assert pick(found, "event", type="birthday", when="--03-13", status="past")
    assert pick(facts("Hosting her son's engagement party on Sat."), "event",
                type="engagement", about="son")
    assert pick(facts("Mr Patel's retirement do next Fri."), "event", type="retirement")
    assert not pick(facts("Went to a christening at the weekend, the baby is her niece."),
                    "event")
    assert pick(facts("My sister had twins last month!", author="customer"), "event",
                type="new_baby", about="sister")
    found = facts("Tom (son) graduated in July, now job hunting.")
    assert pick(found, "person", relation="son", name="Tom")
    assert pick(found, "event", type="graduation", about="Tom", status="past")
    assert not pick(facts("Looking for a birthday present for my brother-in-law.",
                          author="customer"), "event")


def test_partners_babies_and_siblings_named_in_passing(facts):
    found = facts("Roisin — Irish. Just got engaged to Liam at the weekend!! Wedding next summer.")
    assert pick(found, "person", relation="partner", name="Liam")
    found = facts("fade + line up. just had a baby girl (Nia) last wk!! his missus Tanya tired.")
    assert pick(found, "person", relation="daughter", name="Nia")
    assert pick(found, "person", relation="spouse", name="Tanya")
    assert pick(facts("Little boy Szymon starts reception in Sept."), "person", relation="son",
                name="Szymon")
    assert pick(facts("Younger bro Alfie wants lessons."), "person", relation="brother",
                name="Alfie")
    assert not facts("Boy Scouts trip in May.")


def test_named_pets_met_with_an_article(facts):
    found = facts("New reg: two rats, Pickle & Fig, and a bearded dragon (Kevin).")
    assert pick(found, "pet", species="reptile", name="Kevin")
    found = facts("We're adopting a rescue greyhound called Dash on Saturday!", author="customer")
    assert pick(found, "pet", species="dog", name="Dash")


def test_a_liked_things_span_is_its_own_words(facts):
    text = "Hi! Amelia has loved every minute of netball."
    for f in facts(text, author="customer"):
        assert text[f["span"][0]:f["span"][1]].lower() in (f.get("value") or "").lower() or \
            f["kind"] == "person"


def test_relatives_jobs_without_a_verb_and_hobbies_by_place(facts):
    assert pick(facts("Delivery driver (Ocado). Wife Ania a dentist."), "occupation",
                value="dentist", about="Ania")
    assert not pick(facts("Dad is an engineer at Arm, mum a GP."), "occupation", value="GP")
    assert pick(facts("Husband Tomasz drives for DHL."), "occupation", value="driver",
                about="Tomasz")
    assert pick(facts("Mr Chen - plays squash at the Y."), "interest", value="squash")
    assert pick(facts("PT client Daniela - cutting for first bodybuilding comp in Sept."),
                "interest", value="bodybuilding")
    assert not pick(facts("Big exam Monday so I'll be camping in your window seat.",
                          author="customer"), "interest")


def test_trips_led_by_the_place(facts):
    found = facts("Booked Mr & Mrs Obi - Kenya safari 10-24 Oct. 30th anniversary trip.")
    assert pick(found, "trip", destination="Kenya", when="2026-10-10", status="planned")
    found = facts("Honeymoon quote for Mr Byrne: Maldives 10 days, leaving 18 Oct.")
    assert pick(found, "trip", destination="Maldives", status="planned")
    found = facts("Just back from 2 wks in Sri Lanka and my hair is fried.", author="customer")
    assert pick(found, "trip", destination="Sri Lanka", status="past")
    assert not pick(facts("Boston Terrier, 10 weeks."), "trip")


def test_free_of_an_allergen(facts):
    found = facts("Also my wife is dairy-free, so could you do vegan ones?", author="customer")
    assert pick(found, "dietary", value="dairy", about="spouse")
    assert pick(facts("Guest in 7 - Gluten-free breakfast."), "dietary", value="gluten")
    assert not facts("Do you have gluten-free options?", author="customer")
    assert not pick(facts("Bought a gluten-free loaf for her friend."), "dietary")


def test_a_wish_hedges_its_own_clause_only(facts):
    found = facts("My partner James and I would like to make wills now that our son Oscar "
                  "has arrived.", author="customer")
    assert pick(found, "person", relation="son", name="Oscar")
    found = facts("Thinking of getting a puppy since her dog Max died.")
    assert pick(found, "pet", name="Max", status="deceased")
    assert not pick(facts("If she gets the job, she'll move to Leeds because her son lives "
                          "there."), "place")
    assert not facts("Might move to Bristol.")


def test_children_named_after_a_dash_and_a_job_made_exact(facts):
    found = facts("Mrs Clarke's 2 kids booked in for Sat — Harry (8) and Ruby (11).")
    assert pick(found, "person", relation="child", name="Harry")
    assert pick(found, "person", relation="child", name="Ruby")
    assert not pick(found, "person", name=None)
    found = facts("Husband also a musician (cellist).")
    assert pick(found, "occupation", value="cellist", about="spouse")
    assert pick(facts("Both nut allergies."), "dietary", value="nuts")


def test_a_requested_stylist_a_daughter_had_and_an_allergy_value(facts):
    assert not facts("Hijab-friendly appointment please (female stylist).")
    found = facts("Customer is a district nurse. Has a daughter at Leeds Uni.")
    assert pick(found, "school", value="Leeds Uni", about="daughter")
    assert pick(facts("Allergic to the tint we used last time."), "dietary", value="tint")


def test_a_childs_name_given_later_and_a_relatives_allergy(facts):
    found = facts("A cake for my daughter's christening on 12 July? We're naming her Isla. "
                  "Nothing with nuts please, my husband is allergic.", author="customer")
    assert pick(found, "person", relation="daughter", name="Isla")
    assert pick(found, "dietary", value="nuts", about="spouse")
    assert not pick(facts("Called her back about the quote."), "person")


def test_adjacent_items_are_one_and_a_daughters_hen_do_is_hers(facts):
    assert pick(facts("Oat milk latte, extra hot."), "preference", value="oat milk latte")
    found = facts("Sandra — half head highlights. Daughter's hen do in Prague this weekend!")
    assert pick(found, "trip", destination="Prague", about="daughter")
    found = facts("Her cat is called Bagheera, black, 3 yrs old.")
    assert pick(found, "pet", name="Bagheera", species="cat")
    assert not pick(found, "preference")
    assert not facts("the children's hospital appeal")


def test_but_no_in_an_order_is_a_dislike_not_part_of_the_item(facts):
    found = facts("Mr Dale - room 6, Full English but no black pudding. Pint of Guinness.")
    assert pick(found, "preference", value="Full English", polarity="like")
    assert pick(found, "preference", value="black pudding", polarity="dislike", topic="food")
    assert pick(found, "preference", value="Guinness", topic="drink")
    assert not [f for f in pick(found, "preference") if "but" in f["value"]]


def test_how_a_role_is_held_is_not_part_of_it(facts):
    found = facts("Long-haul pilot (BA), lots of sitting. Wife a part-time nurse.")
    assert pick(found, "occupation", value="pilot", employer="BA", about=None)
    assert pick(found, "occupation", value="nurse", about="spouse")


def test_running_a_shop_is_no_running(facts):
    assert not pick(facts("Loves running the shop, hates the paperwork."), "interest")


def test_a_lover_of_a_known_thing_likes_it_and_esp_is_no_part_of_the_item(facts):
    found = facts("She's a big wine lover, esp Rioja. Dog lover too.")
    assert pick(found, "preference", value="wine", topic="drink")
    assert pick(found, "preference", value="Rioja", topic="drink")
    assert not [f for f in found if "esp" in f.get("value", "") or "dog" in f.get("value", "")]
    said = "Coffee has become my favorite beverage."
    assert pick(facts(said, author="customer"), "preference", value="coffee")


def test_life_events_said_in_passing(facts):
    found = facts("Wife Shaz's 50th here 13 June - reserve the back room.")
    assert pick(found, "event", type="birthday", about="Shaz", when="--06-13")
    found = facts("Priya - pregnancy yoga, due 30 Oct. Careful w/ deep stretches.")
    assert pick(found, "event", type="new_baby", when="2026-10-30", status="upcoming")
    assert not pick(facts("Invoice due 30 Oct."), "event")
    found = facts("Owner just retired from nursing; bought a campervan.")
    assert pick(found, "event", type="retirement", status="past")
    assert not pick(facts("Retired from the police, drives a cab now."), "event")
    found = facts("Ms Park - moving to Seoul in Oct for a year.")
    assert pick(found, "event", type="moving", when="2026-10")
    found = facts("I'm having my gallbladder out on the 4th.", author="customer")
    assert pick(found, "event", type="surgery", when="2026-04-04")


def test_pets_a_staff_note_lists_without_a_subject(facts):
    found = facts("Owner Ms Quinn. Also has 3 chickens & a goat lol")
    assert pick(found, "pet", species="bird") and pick(found, "pet", species="other")
    found = facts("Has two cats and a rabbit.")
    assert pick(found, "pet", species="cat") and pick(found, "pet", species="rabbit")
    assert not pick(facts("Has a cat allergy."), "pet")
    assert not pick(facts("Neighbour has a dog that barks."), "pet")
    assert pick(facts("Noodle (dachs x) - hand strip."), "pet", name="Noodle", species="dog")


def test_pastimes_named_by_collecting_an_injury_or_a_lesson(facts):
    found = facts("Mr Osei - collects first editions of Graham Greene. Retired GP.")
    assert pick(found, "interest", value="collecting first editions")
    assert pick(facts("Collects stamps."), "interest", value="stamp collecting")
    assert pick(facts("Jess - ankle sprain (netball)."), "interest", value="netball")
    found = facts("Ken brings grandson Ollie (7) after his swimming lesson.")
    assert pick(found, "interest", value="swimming", about="Ollie")
    found = facts("I broke my wrist skiing in Andorra in February.", author="customer",
                  date=dt.date(2026, 6, 3))
    assert pick(found, "interest", value="skiing")
    assert pick(found, "trip", destination="Andorra", when="2026-02", status="past")


def test_every_item_of_a_liked_list_is_liked(facts):
    found = facts("Likes tulips, roses and freesias. Hates coriander and mint.")
    for flower in ("tulips", "roses", "freesias"):
        assert pick(found, "preference", value=flower, polarity="like", topic="flower")
    assert pick(found, "preference", value="mint", polarity="dislike", topic="food")
    found = facts("Loves red wine and a cheese board for her husband.")
    assert not [f for f in found if "cheese" in f.get("value", "")]


def test_mum_in_a_note_about_her_own_children_is_the_customer(facts):
    found = facts("Mrs Khumalo asked to move twins Zola & Thabo to the Sat group. "
                  "Mum is a midwife at the Royal Free.")
    assert not pick(found, "person", relation="mother")
    assert pick(found, "occupation", value="midwife", about=None)
    found = facts("Ethan (9) moved up to Dolphins squad. Mum Karen is a lifeguard.")
    assert pick(found, "person", relation="mother", name="Karen")
    assert not pick(facts("Lorna (school run mum) - chai latte."), "person")


def test_a_sibling_of_the_customers_child_is_her_child_too(facts):
    found = facts("Newborn shoot for Marisol — baby Mateo born 24/08. Big sister Lucía (3) "
                  "wants to be in a few.")
    assert pick(found, "person", relation="child", name="Mateo")
    assert pick(found, "person", relation="daughter", name="Lucía")
    found = facts("My daughter Harper (8) loves piano. Her brother Jackson has soccer on "
                  "Tuesdays.", author="customer")
    assert pick(found, "person", relation="son", name="Jackson")
    found = facts("Mrs X - son Tom at uni. Her sister Jane visiting.")
    assert pick(found, "person", relation="sister", name="Jane")
    found = facts("Lily (11) grade 3 piano. Younger bro Alfie wants lessons.")
    assert pick(found, "person", relation="brother", name="Alfie")


def test_titles_trading_forms_and_similes_are_no_facts(facts):
    assert not pick(facts("Signora Bellini — San Daniele sliced thin."), "preference",
                    value="Signora Bellini")
    found = facts("Mrs Dube — sole trader, mobile hairdresser.")
    assert [f["value"] for f in pick(found, "occupation")] == ["mobile hairdresser"]
    assert not pick(facts("Completion's looking like mid-October."), "preference")
    assert not pick(facts("Market trader, sells cheese."), "preference")


def test_more_life_events_and_hedged_ones(facts):
    found = facts("Proposed to partner Elin in Lapland last month! Wedding probably next summer.")
    assert pick(found, "person", relation="partner", name="Elin")
    assert pick(found, "event", type="engagement", status="past")
    assert not pick(found, "event", type="wedding")
    assert pick(facts("Wedding may 3rd"), "event", type="wedding")
    found = facts("Doesn't like roses any more (too many at her mum's funeral).")
    assert pick(found, "event", type="bereavement", about="mother")
    assert not pick(facts("Funeral flowers for a neighbour."), "event")
    found = facts("I went self-employed as a wedding photographer in June. My partner Callum "
                  "is moving in next month.", author="customer")
    assert pick(found, "event", type="new_job", status="past")
    assert pick(found, "event", type="moving", about="Callum", when="2026-04")
    found = facts("Wife Folake can't do gluten any more.")
    assert pick(found, "dietary", value="gluten", about="Folake")
    assert not pick(found, "preference")
    assert pick(facts("Promoted to partner at KPMG."), "event", type="new_job", status="past")


def test_off_to_a_university_town_to_read_a_subject_is_school_not_a_trip(facts):
    found = facts("Grandson Pieter off to Durham in Oct to read classics, she's thrilled.")
    assert pick(found, "school", value="Durham", about="Pieter")
    assert not pick(found, "trip")
    found = facts("We still have Mango, our budgie.", author="customer")
    assert pick(found, "pet", name="Mango", species="bird")


def test_a_complaint_about_the_class_is_no_pastime(facts):
    assert not pick(facts("Also music's way too loud on Saturdays."), "interest")
    assert not pick(facts("Yoga was cancelled again."), "interest")
    assert pick(facts("Golf's her passion."), "interest", value="golf")


def test_orders_that_are_gifts_requests_or_damage_are_no_likes(facts):
    found = facts("Mr Harcourt — sourdough every Sat. His wife's ill, he takes her the bun.")
    assert not pick(found, "preference", value="bun")
    assert not pick(facts("Tayo's bday on the 5th — cake in room?"), "preference")
    assert not pick(facts("Laptop water damage — Mr Greenbaum."), "preference")
    assert not pick(facts("She said he loved yellow — add yellow roses."), "preference",
                    value="add yellow roses")
    found = facts("Dr Chen — Burgundy, mostly pinot. Collects Japanese whisky.")
    assert pick(found, "interest", value="collecting Japanese whisky")
    assert not [f for f in pick(found, "preference") if "Collects" in f["value"]]


def test_no_longer_ends_a_liking_and_switched_to_starts_one(facts):
    found = facts("Ms Brown — no longer drinks red (doctor's orders), switched to Sancerre.")
    assert not pick(found, "preference", polarity="dislike")
    assert pick(found, "preference", value="Sancerre", polarity="like", topic="drink")
    assert pick(facts("Switched to oat milk now."), "preference", value="oat milk")
    assert not pick(facts("Changed to Tuesdays."), "preference")


def test_an_order_given_for_a_named_person_and_plural_hobbyists(facts):
    found = facts("Mrs Pillai — w/ husband Ashok. Ashok: full English, no black pudding. "
                  "Both keen birdwatchers.")
    assert pick(found, "preference", value="full English", about="Ashok")
    assert pick(found, "preference", value="black pudding", about="Ashok", polarity="dislike")
    assert pick(found, "interest", value="birdwatching")
    found = facts("Large cappuccino, no choc.")
    assert not pick(found, "preference", polarity="dislike")


def test_a_death_from_an_illness_is_the_loss_and_bookings_move_no_home(facts):
    found = facts("In memory of his wife Carol, who died of cancer last year.")
    assert pick(found, "event", type="bereavement", about="Carol")
    assert not pick(found, "event", type="illness")
    found = facts("Bex on hols til the 20th — her regulars moved to Tasha.")
    assert not pick(found, "event") and not pick(found, "place")


def test_pastimes_written_the_way_clubs_say_them(facts):
    found = facts("Yusuf — drops sons Idris & Bilal at kids' club Sats, both climbing mad.")
    assert pick(found, "interest", value="climbing")
    assert pick(facts("Training for hyrox in Nov."), "interest", value="hyrox")
    assert pick(facts("Kwame — DJs at weekends."), "interest", value="djing")
    assert pick(facts("Mr van der Berg — cycle tourer, bike in the luggage room."),
                "interest", value="cycle touring")
    assert not pick(facts("Doing the accounts tonight."), "interest")


def test_conditions_operations_and_family_occasions(facts):
    found = facts("Nadia switching to Thurs mat. GP says osteoporosis, modify.")
    assert pick(found, "event", type="illness", status="past")
    found = facts("Pat — ballroom w/ husband Bernie. Bernie had a pacemaker fitted before Xmas.")
    assert pick(found, "event", type="surgery", about="Bernie")
    found = facts("Mr Varma — Daughter Riya's engagement dinner here 18 Oct, 30 covers.")
    assert pick(found, "event", type="engagement", about="Riya", when="2026-10-18")
    found = facts("Halal order for Mr Hussain — daughter Amina's walima 7 Mar.")
    assert pick(found, "event", type="wedding", about="Amina")
    found = facts("Margot — post-natal (baby Rose is 5 months), go gentle.")
    assert pick(found, "person", relation="child", name="Rose")
    found = facts("It's my father-in-law's 80th so a candle on his dessert would be lovely.",
                  author="customer")
    assert pick(found, "event", type="birthday", about="father-in-law")
    found = facts("I've moved to 27 Hartley Road, Didsbury.", author="customer")
    assert pick(found, "event", type="moving", status="past")
    found = facts("A memorial piece for my dog Dougal who we lost at christmas.",
                  author="customer")
    assert pick(found, "pet", name="Dougal", status="deceased")


def test_jobs_said_as_a_role_a_start_or_a_day_job(facts):
    found = facts("I've started a new role as a paralegal at Mishcon de Reya.", author="customer")
    assert pick(found, "occupation", value="paralegal", employer="Mishcon de Reya")
    found = facts("As a full time carpenter I can't afford to be off work!", author="customer")
    assert pick(found, "occupation", value="carpenter")
    assert pick(facts("Kwame — DJs at weekends. Day job civil servant."), "occupation",
                value="civil servant")
    found = facts("Teaches at St Joseph's primary.")
    assert pick(found, "occupation", value="teacher", employer="St Joseph's")
    assert pick(facts("Teaches maths at Harris Academy."), "occupation", value="maths teacher")
    assert not pick(facts("Dressed as a nurse for the party."), "occupation")


def test_trips_by_flight_a_visit_or_nights_away(facts):
    found = facts("Mrs Adebayo-Cole — Barbados 10 nts from 2 Apr w/ husband Tayo.")
    assert pick(found, "trip", destination="Barbados", when="2026-04-02", status="planned")
    found = facts("My sister Pat's had a fall and I'm going up to Carlisle to look after her.",
                  author="customer")
    assert pick(found, "trip", destination="Carlisle", status="planned")
    found = facts("Can you look at flights to Lagos for December?", author="customer")
    assert pick(found, "trip", destination="Lagos", when="2026-12")
    found = facts("I'm away over Easter visiting my son in Perth.", author="customer")
    assert pick(found, "trip", destination="Perth")


def test_x_not_y_nothing_orange_and_a_pint_of_anything(facts):
    found = facts("Bride: Fatima — wedding 14/03/27 at the Grand. Ivory not white.")
    assert pick(found, "preference", value="Ivory", polarity="like")
    assert pick(found, "preference", value="white", polarity="dislike")
    found = facts("Lilies, nothing orange.")
    assert pick(found, "preference", value="orange", polarity="dislike")
    assert not pick(facts("Oat latte, not too hot."), "preference", polarity="dislike")
    found = facts("Old Frank — pint of mild, seat by the fire.")
    assert pick(found, "preference", value="mild", topic="drink")
    assert pick(facts("Half of Doom Bar."), "preference", value="Doom Bar")
    assert not pick(facts("Mochi, grey, very sneaky."), "preference")


def test_a_pet_called_so_and_a_diet_before_which(facts):
    found = facts("Bald guy w/ the greyhound — greyhound's called Rocket, v shy.")
    assert pick(found, "pet", name="Rocket", species="dog")
    found = facts("My partner Alexei is vegetarian which I hear can be tricky there?",
                  author="customer")
    assert pick(found, "dietary", value="vegetarian", about="Alexei")


def test_honorifics_chores_and_things_no_one_likes(facts):
    found = facts("Auntie Fatima — rooibos, no milk, and a koeksister if we have.")
    assert not pick(found, "person")
    assert pick(found, "preference", value="rooibos", about=None)
    assert pick(facts("Her auntie Fatima is visiting."), "person", relation="other")
    assert not pick(facts("Client separated from husband in Aug, filing separately."),
                    "person")
    found = facts("Standing order cancelled — Mrs Kerr says the office has moved to Glasgow.")
    assert not pick(found, "event") and not pick(found, "place")
    assert pick(facts("Client is a sole prop landscaper."), "occupation", value="landscaper")
    assert not pick(facts("Mr Keane runs about 200 ewes, sheep farmer."), "interest")
    assert not pick(facts("Weekly arrangement for the B&B she runs."), "interest")
    assert not pick(facts("Mrs Flynn's husband collects her scripts now."), "interest")
    assert pick(facts("Grace — sings in her church choir on Sundays."), "interest",
                value="choir singing")
    found = facts("Funeral tribute for Mr Tane's mother — sunflowers, yellow & white.")
    assert not pick(found, "preference")
    assert not pick(facts("Timing belt + water pump. Courtesy car out till Weds."),
                    "preference")
    found = facts("Not for me, I can't stand the stuff haha but the team loves it.",
                  author="customer")
    assert not pick(found, "preference")


def test_a_bare_question_a_count_and_a_pet_put_down(facts):
    assert not pick(facts("Mrs Holloway — deep tissue. Pregnant? — NO, don't ask again."),
                    "event")
    found = facts("Did Ben Lomond at the weekend, my 121st Munro!", author="customer")
    assert not pick(found, "event")
    found = facts("Hamster Nibbles — PTS today, tumour.")
    assert pick(found, "event", type="bereavement") and not pick(found, "event", type="illness")
    found = facts("Our second baby arrived in May so my wife is on mat leave.",
                  author="customer")
    assert pick(found, "event", type="new_baby", status="past")
    found = facts("I've gone self-employed, wedding photography mostly.", author="customer")
    assert not pick(found, "event", type="wedding")


def test_a_partys_diets_decaf_and_where_a_job_is_based(facts):
    said = "Lunch for 12 on Friday. Two are gluten free and one has a nut allergy — not me!"
    assert not pick(facts(said, author="customer"), "dietary")
    assert pick(facts("I have a nut allergy.", author="customer"), "dietary", value="nuts")
    assert not pick(facts("Table for 4, one of the party has a severe shellfish allergy."),
                    "dietary")
    assert not pick(facts("Switched to decaf since the heart op in Oct."), "preference")
    assert not pick(facts("Hockey dad — double double every Sat."), "person")
    assert not pick(facts("I'm a garda based in Store Street.", author="customer"), "place")


def test_on_the_rose_a_claret_man_and_a_sucker_for_lemon(facts):
    found = facts("Quiz regulars — Alan always on the Landlord. Wife Sue on the rosé.")
    assert pick(found, "preference", value="rosé", about="Sue", topic="drink")
    assert not pick(facts("On the phone to her mum."), "preference")
    assert pick(facts("Claret man."), "preference", value="Claret")
    found = facts("Something lemony please — I'm a sucker for anything lemon.",
                  author="customer")
    assert pick(found, "preference", value="lemon")
    found = facts("Also a massive coffee drinker (3-4 flat whites a day).", author="customer")
    assert pick(found, "preference", value="coffee", topic="drink")


def test_the_sides_people_back(facts):
    assert pick(facts("Bec — barracks for Collingwood."), "preference", value="Collingwood",
                topic="team")
    assert pick(facts("Thabo — own business. Stormers mad."), "preference", value="Stormers")
    assert pick(facts("Lwazi — Kaizer Chiefs till he dies."), "preference",
                value="Kaizer Chiefs", topic="team")
    found = facts("Marcus — mid fade. Bulls & Bears guy.")
    assert pick(found, "preference", value="Bulls") and pick(found, "preference", value="Bears")
    assert pick(facts("Kai — Leeds United season ticket holder."), "preference",
                value="Leeds United")
    assert not pick(facts("Young guy, laptop, double espresso."), "preference", topic="team")
    assert not pick(facts("Johan — braai fanatic."), "preference", topic="team")


def test_pastimes_from_many_countries_and_dishes_with_and(facts):
    assert pick(facts("Chippy. Plays Aussie rules for a masters side on weekends."),
                "interest", value="aussie rules")
    assert pick(facts("Grandson hurls for the Cork minors."), "interest", value="hurling",
                about="grandchild")
    assert pick(facts("Out on the bike every Sunday with the Orwell Wheelers."), "interest",
                value="cycling")
    assert pick(facts("Noreen — pot of tea & a scone every Tuesday after her sea swim."),
                "interest", value="sea swimming")
    found = facts("Off to Niseko for 2 wks of skiing. Back on the 6am CrossFit after.",
                  author="customer")
    assert pick(found, "interest", value="skiing") and pick(found, "interest", value="crossfit")
    assert pick(facts("Mr Abiodun — fish & chips every Friday."), "preference",
                value="fish & chips")
    assert pick(facts("Likes mac & cheese."), "preference", value="mac & cheese")
    found = facts("Loves tea and cake.")
    assert pick(found, "preference", value="tea") and pick(found, "preference", value="cake")


def test_trade_slang_is_the_trade_and_breeds_from_other_countries(facts):
    assert pick(facts("Thabo — Sparky, own business."), "occupation", value="electrician")
    assert pick(facts("Son Declan drives her in, he's a chippy."), "occupation",
                value="carpenter", about="Declan")
    assert pick(facts("Son's a copper in the Met."), "occupation", value="police officer")
    assert not pick(facts("Loves copper tones, no blonde ever."), "occupation")
    assert not pick(facts("Fish from the chippy on Fridays."), "occupation")
    assert pick(facts("Owner teaches 3rd grade."), "occupation", value="3rd grade teacher")
    assert pick(facts("Bruno (indie, 3) — vaccines."), "pet", name="Bruno", species="dog")


def test_more_events_pets_fall_ill_people_start_jobs_and_graduate(facts):
    assert pick(facts("Horse — Dusty, colic, settled overnight."), "event", type="illness")
    found = facts("Flying to London in July for his son's convocation at LSE.")
    assert pick(found, "event", type="graduation", about="son")
    found = facts("I've made partner at Lander & Rogers from 1 July!", author="customer")
    assert pick(found, "event", type="new_job")
    found = facts("My partner's just started at the hospital across the road.",
                  author="customer")
    assert pick(found, "event", type="new_job", about="partner")
    found = facts("Daughter Chioma just started at Nottingham Uni (law).")
    assert not pick(found, "event", type="new_job")


def test_a_widow_a_named_baby_and_a_standing_time(facts):
    found = facts("Eileen — wash & set every Fri 10am. Widow. Son Declan drives her in.")
    assert pick(found, "preference", value="wash & set", topic="style")
    assert pick(found, "person", relation="spouse") and pick(found, "event", type="bereavement")
    found = facts("Her widowed mum lives with her.")
    assert not pick(found, "event") and not pick(found, "person", relation="spouse")
    found = facts("I just had a baby (Ruby, born 3 Feb!) so I'll be taking it easy.",
                  author="customer")
    assert pick(found, "person", relation="child", name="Ruby")
    assert pick(found, "event", type="new_baby", when="2026-02-03")


def test_where_a_relative_lives_said_beside_them(facts):
    found = facts("Hi, I'd like to send flowers to my mom in Durban for Mother's Day.",
                  author="customer")
    assert pick(found, "place", about="mother", value="Durban", relation="lives_in")
    found = facts("Paddy — Daughter Gráinne home from Boston for Christmas.")
    assert pick(found, "place", about="Gráinne", value="Boston")
    assert not pick(facts("Proposed to partner Elin in Lapland last month!"), "place")
    assert not pick(facts("My son in Year 6 loves it.", author="customer"), "place")
    found = facts("My husband was just diagnosed with type 2 diabetes.", author="customer")
    assert pick(found, "dietary", value="diabetic", about="spouse")
    assert pick(facts("Veg only, vegetarian household."), "dietary", value="vegetarian")
    assert pick(facts("I'm allergic to fragrance.", author="customer"), "dietary",
                value="fragrance")


def test_the_staff_a_customer_asks_for(facts):
    assert pick(facts("Mrs Holloway — deep tissue. Always asks for Priya."), "preference",
                value="Priya")
    assert pick(facts("Nervous pt — Dr Sandhu only pls."), "preference", value="Dr Sandhu")
    assert not pick(facts("Cash only."), "preference")
    assert not pick(facts("Mondays only please."), "preference")
    found = facts("hey its jas, same as usual pls, curtain bangs + blowout", author="customer")
    assert pick(found, "preference", value="curtain bangs")


def test_her_little_guy_is_her_son(facts):
    found = facts("Reg w/ the pram — oat cortado, plus a babyccino for her little guy Theo.")
    assert pick(found, "person", relation="son", name="Theo")
    assert not pick(facts("Little man here is shy."), "person")


def test_outsiders_named_by_what_they_do_here(facts):
    assert not pick(facts("Driver from Musgrave mentioned his wife's expecting."), "person")
    found = facts("Sharon from the pharmacy (not a customer), her husband dropped off keys.")
    assert not pick(found, "person")
    assert not pick(facts("Locum Dr Brandt's dog is staying in the back kennel today."), "pet")
    assert not pick(facts("Dr Kaur's husband (our landlord) called re the lease."),
                    "occupation")
    found = facts("Horse — Dusty, colic, settled overnight.")
    assert pick(found, "pet", name="Dusty", species="horse")
    assert pick(found, "event", type="illness", about="Dusty")


def test_a_relatives_diet_said_with_s(facts):
    found = facts("Husband's coeliac so GF bread for him.")
    assert pick(found, "person", relation="spouse")
    assert pick(found, "dietary", value="gluten", about="spouse")
    assert pick(facts("Son's into rugby."), "interest", value="rugby", about="son")
    assert pick(facts("My son has a tree nut allergy.", author="customer"), "dietary",
                value="tree nuts", about="son")
    assert pick(facts("We're all vegetarian in our house.", author="customer"), "dietary",
                value="vegetarian")


def test_the_businesss_own_menu_and_playlist_are_no_tastes(facts):
    assert not pick(facts("Not a fan of the new menu."), "preference")
    assert not pick(facts("Love the new playlist btw", author="customer"), "preference")


def test_names_with_ages_and_a_list_sharing_her(facts):
    found = facts("Booking for me and my 2 kids (Finn 9, Isla 7). Isla has a nut allergy.",
                  author="customer")
    assert pick(found, "person", name="Finn") and pick(found, "person", name="Isla")
    assert pick(found, "dietary", value="nuts", about="Isla")
    found = facts("Oksana — here with her mum and son Mykola (12). Mykola plays chess.")
    assert pick(found, "person", relation="son", name="Mykola")
    assert pick(found, "interest", value="chess", about="Mykola")
    assert not pick(facts("Came in with her sister and the neighbour's son."), "person",
                    relation="son")


def test_in_laws_without_hyphens_grandparents_in_other_tongues_and_requests(facts):
    found = facts("Hi could u put aside lamb merguez for sat, my brother in law is staying",
                  author="customer")
    assert pick(found, "person", relation="other") and not pick(found, "person",
                                                                relation="brother")
    found = facts("Priya — Her nani lives in Mumbai and is flying in.")
    assert pick(found, "person", relation="grandparent")
    assert not pick(facts("I'd now like my estate to go to my two children.",
                          author="customer"), "preference")
    assert not pick(facts("Please don't include eucalyptus, she hates the smell!",
                          author="customer"), "preference", value="smell")
    found = facts("Ive been obsessed with Coltrane ever since I found his records.",
                  author="customer")
    assert [f["value"] for f in found if f["kind"] in ("interest", "preference")] == ["Coltrane"]
    assert not pick(facts("My daughter Ana would also love to start violin.",
                          author="customer"), "interest")
    assert not pick(facts("Lena — Does Audax rides, 200k+."), "interest", value="horse riding")
    assert pick(facts("Big Col — 2kg brisket every fortnight."), "preference", value="brisket")


def test_a_second_baby_a_room_block_and_the_photos(facts):
    found = facts("Ifeanyi — Wife Chiamaka had their 2nd on Sunday, a girl.")
    assert pick(found, "event", type="new_baby") and not pick(found, "event", type="birthday")
    assert not pick(facts("Wedding party block (14 rooms) 20 Sept — coach pick-up 2pm."),
                    "event")
    assert not pick(facts("Thanks for the newborn shoot — we're obsessed with the photos.",
                          author="customer"), "interest")
    assert not pick(facts("Has a cat (Nala), landlord OK'd."), "event")


def test_family_said_in_lists_and_asides(facts):
    found = facts("Tomasz — skin fade. His lad Kuba (8) usually comes in with him.")
    assert pick(found, "person", relation="son", name="Kuba")
    assert not pick(facts("The lad from the bakery dropped it off."), "person")
    found = facts("Aisha — fitting 2. Mum (Farida) and sister (Noor) coming to the fitting.")
    assert pick(found, "person", relation="sister", name="Noor")
    assert pick(facts("Wojtek — own firm. Wife Kasia & 3 kids."), "person", relation="child")
    found = facts("Mr Addo — buys Playmobil for his grandkids, twins Esi & Yaw (5).")
    assert {f["name"] for f in pick(found, "person")} == {"Esi", "Yaw"}
    assert not pick(found, "person", relation="child")
    found = facts("I'm planning to ride the King Alfred's Way with my son Marcus.",
                  author="customer")
    assert pick(found, "person", relation="son", name="Marcus")
    found = facts("I'm writing on behalf of my father, Mr Harold Birch, who's 91.",
                  author="customer")
    assert pick(found, "person", relation="father", name="Harold")
    found = facts("I'm getting married!!! Jamie proposed on Christmas Day.", author="customer")
    assert pick(found, "person", relation="partner", name="Jamie")
    found = facts("Leanne + twins Mila & Ottilie (3) + new baby Rafe (born 28 Mar).")
    assert pick(found, "event", type="new_baby", about=None)


def test_milestones_pregnancies_deaths_and_hospices(facts):
    found = facts("Ruth — reformer Tues 7pm. Son Alfie starts at Little Acorns nursery in June.")
    assert pick(found, "event", type="other", about="Alfie", when="2026-06")
    assert not pick(facts("Class starts at 9am on Monday."), "event")
    assert pick(facts("I'm 14 weeks along with our first.", author="customer"), "event",
                type="new_baby")
    found = facts("Following my husband Graham's death on 28 February, I'd like to start.",
                  author="customer")
    assert pick(found, "event", type="bereavement", about="Graham", when="2026-02-28")
    assert pick(facts("His wife Joan's in the hospice now, go gently."), "event",
                type="illness", about="Joan")
    assert pick(facts("Ref check — applicant Ms Ibekwe, relocating 1 Aug."), "event",
                type="moving", when="2026-08-01")
    found = facts("His other daughter Carmen is due in June — first grandchild on the way.")
    assert pick(found, "event", type="new_baby", about="Carmen", when="2026-06")
    assert not pick(facts("Invoice due in June."), "event")
    assert pick(facts("Kwame — Just started as a trainee paramedic."), "event", type="new_job")
