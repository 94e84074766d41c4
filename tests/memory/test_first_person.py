"""Customers' own first-person statements (emails, survey comments), written for these tests."""

from .conftest import pick


def cust(facts, text):
    return facts(text, author="customer")


def test_bare_hobby_verbs_are_interests(facts):
    assert pick(cust(facts, "I volunteer at the animal shelter on Sundays."), "interest",
                value="volunteer work")
    assert pick(cust(facts, "i like to bake bread at weekends"), "interest", value="baking")
    assert pick(cust(facts, "We also hike whenever the weather allows."), "interest",
                value="hiking")


def test_hobby_verb_with_a_task_object_is_no_interest(facts):
    assert not pick(cust(facts, "I run a small bakery in town."), "interest")
    assert not pick(cust(facts, "I paint the fence every spring."), "interest")


def test_hedged_or_negated_hobby_is_skipped(facts):
    assert not pick(cust(facts, "I never cook if I can help it."), "interest")
    assert not pick(cust(facts, "I used to swim a lot."), "interest")


def test_listening_and_favourites_are_preferences(facts):
    found = cust(facts, "I mostly listen to jazz while I work.")
    assert pick(found, "preference", value="jazz", topic="music", polarity="like")
    found = cust(facts, "My favourite kind of food is Thai curry.")
    assert pick(found, "preference", value="Thai curry", topic="food")
    found = cust(facts, "Green tea is my preferred drink.")
    assert pick(found, "preference", value="Green tea", topic="drink")


def test_eating_and_drinking_likes(facts):
    assert pick(cust(facts, "I love to drink red wine with dinner."), "preference",
                value="red wine")
    assert pick(cust(facts, "I have a soft spot for lemon cake."), "preference",
                value="lemon cake")


def test_married_and_parent_statements_name_relatives(facts):
    assert pick(cust(facts, "I am married and live near the park."), "person",
                relation="spouse", name=None)
    assert pick(cust(facts, "I'm a single mum so evenings are tricky."), "person",
                relation="child")
    assert not pick(cust(facts, "I'm a dog mum to two spaniels."), "person")
    found = cust(facts, "I'm married to Sam.")
    assert len(pick(found, "person", relation="spouse")) <= 1


def test_counted_relatives_and_pets(facts):
    assert pick(cust(facts, "I have three sisters."), "person", relation="sister")
    found = cust(facts, "We have two cats and a dog.")
    assert pick(found, "pet", species="cat") and pick(found, "pet", species="dog")
    assert pick(cust(facts, "I have two rescue ponies."), "pet", species="horse")
    assert not pick(cust(facts, "I have to walk the neighbour's dog."), "pet")


def test_school_stage_and_subject(facts):
    assert pick(cust(facts, "I'm currently in college."), "school", value="college")
    assert pick(cust(facts, "I'm a history major."), "school", value="history")
    assert pick(cust(facts, "I went to school for nursing but work in retail."), "school",
                value="nursing")


def test_job_after_work_as_or_an_adverb(facts):
    assert pick(cust(facts, "I work as a dental nurse."), "occupation", value="dental nurse")
    assert pick(cust(facts, "I'm currently a construction worker."), "occupation",
                value="construction worker")


def test_staff_fragment_job_word_naming_an_event_is_no_job(facts):
    assert not pick(facts("Author event Thurs — 30 chairs."), "occupation")


def test_farm_and_small_town(facts):
    assert pick(cust(facts, "I grew up on a farm."), "place", relation="from", value="farm")
    assert pick(cust(facts, "I live on a ranch."), "place", relation="lives_in")


def test_passion_and_professional(facts):
    assert pick(cust(facts, "Knitting is my passion."), "interest", value="knitting")
    assert pick(cust(facts, "I am a professional golfer."), "occupation",
                value="golfer")
    assert not pick(cust(facts, "I am a professional procrastinator."), "occupation")


def test_lower_case_home_places(facts):
    assert pick(cust(facts, "it is cold here in alaska"), "place", relation="lives_in",
                value="alaska")
    assert pick(cust(facts, "i live with my wife in ohio"), "place", value="ohio")
    assert pick(cust(facts, "we hike a lot in my native colorado"), "place",
                relation="from", value="colorado")
    assert not pick(cust(facts, "i am in paris for a week"), "place")


def test_listening_inside_a_longer_clause(facts):
    assert pick(cust(facts, "I drive my truck and listen to country music."), "preference",
                value="country music")


def test_genre_with_a_music_cue_is_a_music_preference(facts):
    found = cust(facts, "We drive out to bluegrass festivals most summers.")
    assert pick(found, "preference", topic="music", value="bluegrass")
    found = cust(facts, "Mostly folk music, especially on long drives.")
    assert pick(found, "preference", topic="music", value="folk music")
    found = cust(facts, "i put on some old soul records when i cook")
    assert pick(found, "preference", topic="music", value="soul music")


def test_act_with_a_fan_cue_is_a_music_preference(facts):
    found = cust(facts, "I'm a huge Dolly Parton fan, so the playlist is sorted.")
    assert pick(found, "preference", topic="music", value="Dolly Parton")


def test_genre_word_in_another_sense_or_anothers_taste_is_no_preference(facts):
    assert not pick(cust(facts, "We moved out to the country last year."), "preference")
    assert not pick(cust(facts, "My husband only listens to punk records."), "preference",
                    topic="music")
    assert not pick(cust(facts, "Do you go to many jazz concerts?"), "preference")
    assert not pick(cust(facts, "I wish I could see Adele in concert."), "preference")
    assert not pick(cust(facts, "I met Willie Nelson once at an airport."), "preference")


def test_hobby_said_with_a_cue_of_doing_it_is_an_interest(facts):
    assert pick(cust(facts, "After work I unwind by crocheting."), "interest", value="crochet")
    assert pick(cust(facts, "Just got back from snowboarding, legs are dead."), "interest",
                value="snowboarding")
    assert pick(cust(facts, "Archery is one of my favourite things."), "interest",
                value="archery")
    assert pick(cust(facts, "Pottery and quilting."), "interest", value="pottery")
    assert pick(cust(facts, "I'm an avid kayaker."), "interest", value="kayaking")


def test_hobby_word_in_a_task_or_someone_elses_habit_is_no_interest(facts):
    assert not pick(cust(facts, "I am running late again."), "interest")
    assert not pick(cust(facts, "Swimming is a good way to stay fit."), "interest")
    assert not pick(cust(facts, "My sister is busy quilting all winter."), "interest")
    assert not pick(cust(facts, "I would love to go snowboarding one day."), "interest")


def test_a_question_to_the_reader_says_nothing_about_the_customer(facts):
    assert not cust(facts, "Do you enjoy fishing?")
    assert not pick(cust(facts, "What do you think of salsa music?"), "preference")
    assert pick(cust(facts, "Do you like gardening? I do."), "interest", value="gardening")
    assert pick(cust(facts, "I love gardening, do you?"), "interest", value="gardening")


def test_workplace_names_the_job(facts):
    assert pick(cust(facts, "I work nights at a warehouse."), "occupation",
                value="warehouse worker")
    assert pick(cust(facts, "i work part time at costco"), "occupation", employer="Costco")
    assert pick(cust(facts, "My career is in real estate."), "occupation", value="real estate")
    assert pick(cust(facts, "Tired after my shift at the pharmacy."), "occupation",
                value="pharmacy worker")


def test_hoped_for_former_or_someone_elses_workplace_is_no_job(facts):
    assert not pick(cust(facts, "I used to work at a hospital."), "occupation")
    assert not pick(cust(facts, "I applied for a job at the library."), "occupation")
    assert not pick(cust(facts, "My husband works at the hospital."), "occupation",
                    about=None)
    assert not pick(cust(facts, "Do you work in retail?"), "occupation")


def test_job_said_with_a_verb_or_a_business_owned(facts):
    assert pick(cust(facts, "I bartend on weekends."), "occupation", value="bartender")
    assert pick(cust(facts, "I teach chemistry at the sixth form."), "occupation",
                value="chemistry teacher")
    assert not pick(cust(facts, "I teach my nephew to ride a bike."), "occupation")
    assert pick(cust(facts, "We run a small catering business."), "occupation",
                value="catering business owner")


def test_counted_relatives_in_a_list(facts):
    found = cust(facts, "I have a stepson and two daughters.")
    assert pick(found, "person", relation="son") and pick(found, "person", relation="daughter")
    assert pick(cust(facts, "It's just me and my 3 rabbits."), "pet", species="rabbit")
    assert not pick(cust(facts, "I don't have kids, just plants."), "person")
    assert not pick(cust(facts, "My neighbour's got four cats."), "pet")


def test_lookalikes_and_passing_mentions_are_no_likings(facts):
    assert not pick(cust(facts, "I have a weakness for fish and chips."), "pet")
    assert not pick(cust(facts, "People say I look like Adele."), "preference")
    assert not pick(cust(facts, "Mine is rock climbing, what's yours?"), "preference",
                    topic="music")
    assert not pick(cust(facts, "Elton John stayed at our hotel once!"), "preference")


def test_home_said_without_live_in(facts):
    assert pick(cust(facts, "I've never left Nebraska, honestly."), "place",
                relation="lives_in", value="Nebraska")
    assert pick(cust(facts, "We live in the north of Scotland."), "place", relation="lives_in",
                value="Scotland")
    assert pick(cust(facts, "Hello from Ireland! Quick question about my order."), "place",
                relation="lives_in", value="Ireland")
    assert pick(cust(facts, "I was raised in a small town."), "place", relation="from",
                value="small town")
    assert not pick(cust(facts, "Have you never left Texas?"), "place")
    assert not pick(cust(facts, "My brother has never left Ohio."), "place", about=None)


def test_weakness_and_eating_habit_are_likings(facts):
    assert pick(cust(facts, "Dark chocolate is my weakness."), "preference",
                value="Dark chocolate", polarity="like")
    assert pick(cust(facts, "I can't resist a good croissant."), "preference")
    assert pick(cust(facts, "I usually drink green tea after lunch."), "preference",
                value="green tea", topic="drink")
    assert not pick(cust(facts, "I don't drink coffee any more."), "preference", polarity="like")
    assert not pick(cust(facts, "I drink the water here, it's fine."), "preference")


def test_trailing_you_asks_only_itself(facts):
    found = cust(facts, "I go climbing most weekends, you?")
    assert pick(found, "interest", value="climbing")


def test_coaching_a_sport_is_a_job(facts):
    assert pick(cust(facts, "I coach netball at the leisure centre."), "occupation",
                value="netball coach")
    assert not pick(cust(facts, "I coach my daughter on her serve."), "occupation")


def test_school_grade_year_and_subject_studied(facts):
    assert pick(cust(facts, "I'm in 7th grade this year."), "school",
                value="middle school, 7th grade")
    assert pick(cust(facts, "I am a junior in college."), "school", value="college")
    assert pick(cust(facts, "I studied computer science."), "school",
                value="computer science")
    assert pick(cust(facts, "I studied computer science at Leeds."), "school", value="Leeds")
    assert not pick(cust(facts, "I studied hard for the test."), "school")
    assert not pick(cust(facts, "I am a high school teacher."), "school")
    assert not pick(cust(facts, "My son is in 2nd grade."), "school", about=None)


def test_own_relatives_by_possessive_and_counted_answers(facts):
    assert pick(cust(facts, "Just back from a week with my wonderful grandchildren."),
                "person", relation="grandchild")
    assert pick(cust(facts, "Three cats."), "pet", species="cat")
    assert not pick(cust(facts, "If I had my own kids I'd understand."), "person")
    assert not pick(cust(facts, "Three more weeks to go."), "pet")


def test_later_verbs_of_a_list_share_its_subject(facts):
    found = cust(facts, "In my free time I read, bake and sew.")
    assert pick(found, "interest", value="baking") and pick(found, "interest", value="sewing")
    assert not pick(cust(facts, "I have to tidy up and cook for ten."), "interest")
    assert not pick(cust(facts, "My son and I shop and bake on Sundays."), "interest",
                    value="baking")


def test_wanting_to_or_growing_up_to_is_no_hobby(facts):
    assert not pick(cust(facts, "I want to paint more this year."), "interest")
    assert not pick(cust(facts, "When I grow up I will sing on stage."), "interest")
    assert not pick(cust(facts, "I paint my nails every Friday."), "interest")
    assert not pick(cust(facts, "Fancy listening to jazz while you wait?"), "preference")


def test_a_question_about_the_business_says_nothing_about_the_customer(facts):
    assert not pick(cust(facts, "Is there a beginners' Pilates class at the weekends?"),
                    "interest")
    assert not cust(facts, "Does the 6:30am spin class still run on bank holidays?")
    assert pick(cust(facts, "Can I bring my yoga mat? I love yoga."), "interest", value="yoga")


def test_jobs_said_by_what_the_customer_runs_or_teaches(facts):
    found = cust(facts, "I run a small bakery and wondered if you do wholesale coffee beans?")
    assert pick(found, "occupation", value="bakery owner")
    assert pick(cust(facts, "We run the pub on the corner."), "occupation", value="pub owner")
    found = cust(facts, "I teach yoga myself so I'm picky about studios!")
    assert pick(found, "occupation", value="yoga teacher")
    assert not pick(found, "interest")


def test_a_liked_thing_then_my_favourite_is_one_like(facts):
    found = cust(facts, "I really like papaya, my favorite food.")
    assert pick(found, "preference", value="papaya")
    assert not [f for f in pick(found, "preference") if "like" in f["value"]]


def test_bad_at_a_hobby_and_what_a_food_is_good_for(facts):
    assert not pick(cust(facts, "I tried to cook it but I am bad at cooking."), "interest")
    found = cust(facts, "I eat plenty of vanilla ice cream good for the summer.")
    assert pick(found, "preference", value="vanilla ice cream")


def test_degrees_and_schools_the_customer_attends(facts):
    said = "I majored in Chemistry so I know my stuff."
    assert pick(facts(said, author="customer"), "school", value="Chemistry")
    said = "Working nights since my nursing degree."
    assert pick(facts(said, author="customer"), "school", value="nursing")
    assert pick(facts("I still attend high school.", author="customer"), "school",
                value="high school")
    said = "My son is doing a nursing degree."
    assert not pick(facts(said, author="customer"), "school", about=None)


def test_my_dog_is_the_customers_whoever_was_just_named(facts):
    said = "Yes he is, but my dog only watches when I do."
    assert pick(facts(said, author="customer"), "pet", species="dog", about=None)
    said = "I've got three horses and live alone, but have two dogs as well."
    found = facts(said, author="customer")
    assert pick(found, "pet", species="horse") and pick(found, "pet", species="dog")
    assert pick(facts("My doggies hate the rain.", author="customer"), "pet", species="dog")


def test_a_liked_pastime_is_read_without_what_follows_it(facts):
    found = facts("I love kayaking to get away from it all.", author="customer")
    assert pick(found, "interest", value="kayaking")
    assert not pick(found, "preference")
    assert pick(facts("I enjoy playing chess online.", author="customer"), "interest",
                value="chess")
    assert pick(facts("I like taking pictures.", author="customer"), "interest",
                value="photography")


def test_the_customers_mum_and_dad_without_my(facts):
    said = ("I'm organising a lunch for my parents' golden wedding. Dad is diabetic and Mum "
            "can't stand anything spicy.")
    found = facts(said, author="customer")
    assert pick(found, "person", relation="father") and pick(found, "person", relation="mother")
    assert pick(found, "dietary", value="diabetic", about="father")
    said = "Flowers for my wife Ana for Mother's Day please."
    assert not pick(facts(said, author="customer"), "person", relation="mother")
    said = "Our other boy Alfie (also a Maine Coon) is lost without him."
    found = facts(said, author="customer")
    assert pick(found, "pet", name="Alfie", species="cat") and not pick(found, "person")


def test_a_customers_usual_and_the_best_in_town(facts):
    said = "yo bro can u fit me in b4 fri, usual pls, mid fade + skin fade"
    assert pick(facts(said, author="customer"), "preference", value="mid fade", topic="style")
    said = "Could I have my usual: oat flat white and a cinnamon bun?"
    assert pick(facts(said, author="customer"), "preference", value="oat flat white")
    said = "Morning! Could you save me my usual cardamom bun tomorrow?"
    assert pick(facts(said, author="customer"), "preference", value="cardamom bun")
    said = "honestly the best flat white in town. I'm in most mornings."
    assert pick(facts(said, author="customer"), "preference", value="flat white")
    said = "I love your cake, coffee machine broke though."
    assert not pick(facts(said, author="customer"), "preference", value="coffee")
    said = "Can I book a table for four? Lilies on the table would be nice."
    assert not pick(facts(said, author="customer"), "preference")


def test_lists_of_pastimes_concerts_and_volunteering(facts):
    found = facts("I prefer hiking and rock climbing myself.", author="customer")
    assert pick(found, "interest", value="hiking") and pick(found, "interest", value="climbing")
    found = facts("I see the Rolling Stones in concert every year.", author="customer")
    assert pick(found, "preference", topic="music", value="the rolling stones")
    found = facts("I volunteer at a soup kitchen over the holidays.", author="customer")
    assert pick(found, "interest", value="volunteer work")


def test_a_job_said_as_who_is_speaking(facts):
    assert pick(facts("Good afternoon. Chef Larry here.", author="customer"), "occupation",
                value="Chef")
    assert pick(facts("Nurse here, long shifts this week.", author="customer"), "occupation",
                value="Nurse")
    assert not pick(facts("Hi, Dave here.", author="customer"), "occupation")
    found = facts("Man I am tired, I waitress all week.", author="customer")
    assert [f["value"] for f in pick(found, "occupation")] == ["waitress"]


def test_a_list_shares_its_my(facts):
    found = facts("So do my two kids and wife!", author="customer")
    assert pick(found, "person", relation="child") and pick(found, "person", relation="spouse")
    found = facts("Now that the wife and kiddos are in bed.", author="customer")
    assert pick(found, "person", relation="spouse") and pick(found, "person", relation="child")
    found = facts("My dog and cat are fine, thanks.", author="customer")
    assert pick(found, "pet", species="dog") and pick(found, "pet", species="cat")
    assert pick(facts("You know my fifth son keeps asking for a dog.", author="customer"),
                "person", relation="son")
    assert not pick(facts("The wife of the owner next door came in."), "person")


def test_pets_the_customer_presupposes_or_counts(facts):
    said = "I have a tough time dating considering the time with my dog."
    assert pick(facts(said, author="customer"), "pet", species="dog")
    assert not pick(facts("If I ever get my own dog I'll call him Rex.", author="customer"),
                    "pet")
    assert pick(facts("Cool! My only pet is a cow.", author="customer"), "pet", species="other")
    assert pick(facts("The two dogs I have are shepherds.", author="customer"), "pet",
                species="dog")
    assert pick(facts("I love cats and have five of them.", author="customer"), "pet",
                species="cat")
    assert not pick(facts("What dog do you have?", author="customer"), "pet")


def test_weaknesses_and_staples_run_through_the_list(facts):
    found = facts("I have a weakness for cats and vanilla ice cream.", author="customer")
    assert pick(found, "preference", value="ice cream")
    found = facts("I wish I was retired! I live on coffee in the day.", author="customer")
    assert pick(found, "preference", value="coffee", topic="drink")
    assert not pick(facts("I live on a farm.", author="customer"), "preference")
    found = facts("Loves a sleek blow-dry, hates curls.")
    assert pick(found, "preference", value="curls", polarity="dislike")
    assert not pick(found, "preference", value="curls", polarity="like")


def test_the_kind_of_place_without_an_article_or_with_am(facts):
    found = facts("I am from the farm but I am now in the city.", author="customer")
    assert pick(found, "place", relation="from", value="farm")
    assert pick(found, "place", relation="lives_in", value="city")
    assert pick(facts("I live in a very small town.", author="customer"), "place",
                value="small town")
    assert not pick(facts("I am in the city for a meeting.", author="customer"), "place")
