"""In an interview or press conference the easy read gives the main speaker's words only, with
"I" as that speaker's role; questions and other people's words never become the speaker's."""

from accessible_statement.easy_read.build import build_easy_read
from accessible_statement.plain.leaning import ASKED
from accessible_statement.easy_read.speakers import find_speakers
from support.common import FIXTURES, clean_file, clean_text

INTERVIEW = (
    "HOST: Good morning. Prime Minister, will you visit Perth this week?\n\n"
    "PM: Good morning. I will visit Perth on Monday and I will open the new hospital there.\n\n"
    "The hospital has 300 beds and it will treat its first patients in June.\n\n"
    "HOST: Critics say I am wrong about the cost. Are they right?\n\n"
    "PM: No. The hospital cost 200 million dollars, which was the budget we set in 2015.\n\n"
    "JOURNALIST: Will you meet the Premier?\n\n"
    "PM: Yes, I will meet the Premier on Tuesday to talk about the new rail line.\n"
)


def test_the_main_speaker_is_who_says_most_and_does_not_just_ask():
    speakers = find_speakers(clean_text(INTERVIEW))
    assert speakers.main == "PM" and speakers.role == "Prime Minister"
    assert not speakers.gives("HOST") and not speakers.gives("JOURNALIST") and speakers.gives("PM")


def test_a_named_interviewer_is_known_by_their_questions():
    text = INTERVIEW.replace("HOST:", "NEIL MITCHELL:").replace("JOURNALIST:", "NEIL MITCHELL:")
    assert find_speakers(clean_text(text)).main == "PM"


def test_no_turns_means_every_sentence_is_the_speakers():
    speakers = find_speakers(clean_text("We will open the bridge on Monday. It has been closed for a year.\n"))
    assert speakers.main is None and speakers.gives(None)


def test_only_the_main_speakers_words_become_points_and_i_is_their_role():
    transcript = clean_text(INTERVIEW)
    doc = build_easy_read(transcript)
    by_id = {s.id: s for s in transcript.sentences}
    points = [p for sec in doc.sections for p in sec.points]
    assert points
    for p in points:
        # the main speaker's words, or a question given with who asked it, just before its answer
        asked = ASKED.match(p.text)
        assert {by_id[i].speaker for i in p.sources} == ({"HOST"} if asked and "host" in p.text else {"JOURNALIST"} if asked else {"PM"}), p
        assert not any(label in p.text for label in ("PM:", "HOST:", "JOURNALIST:")), p
        assert " I " not in f" {p.text} ", p
    text = " ".join(p.text for p in points)
    assert "Critics" not in text and "Are they right" not in text  # a question leaning on words left out is not given
    assert "The Prime Minister will" in text
    assert doc.title.startswith("What the Prime Minister said")


def test_a_labelled_interview_file_keeps_no_label_and_no_question():
    transcript = clean_file(FIXTURES / "interview-turns.txt")
    doc = build_easy_read(transcript)
    by_id = {s.id: s for s in transcript.sentences}
    for sec in doc.sections:
        for k, p in enumerate(sec.points):
            if ASKED.match(p.text):  # "The host asked: ...?", and its answer straight after
                assert all(by_id[i].speaker == "HOST" for i in p.sources) and p.text.startswith("The host asked: ")
                assert by_id[sec.points[k + 1].sources[0]].speaker == "MINISTER"
                continue
            assert all(by_id[i].speaker == "MINISTER" for i in p.sources)
            assert not p.text.endswith("?")


def test_a_role_no_label_gives_is_read_from_what_is_said():
    from accessible_statement.easy_read.speakers import role_from_text

    speech = clean_text("Good evening. I am delighted to address you for the first time as Prime Minister of Australia.\n\n"
                        "We will build 300 new schools by 2030.\n")
    assert role_from_text(speech, find_speakers(speech)) == "Prime Minister"
    called = clean_text("MICHAEL: Premier, thank you for joining us. Will the new line open in May?\n\n"
                        "JANE SMITH: Yes. The new line will open on 3 May, and it will carry 20,000 people a day.\n")
    assert role_from_text(called, find_speakers(called)) == "Premier"
    # "as" with a role said of someone else, or with no role at all, names nobody
    other = clean_text("She served as Home Secretary for six years. We will build 300 new schools by 2030.\n")
    assert role_from_text(other, find_speakers(other)) is None


PRESS_CONFERENCE = (
    "PM: Good afternoon. I have just visited the evacuation centre in Bundaberg with the Premier. "
    "The Commonwealth will pay 6 million dollars into the flood relief fund this week. "
    "We will also send 200 soldiers to help clear the roads in the north of the state. "
    "The Army will arrive in Rockhampton on Thursday.\n\n"
    "PREMIER BLIGH: Thank you, Prime Minister. Three major river systems are now in flood across Queensland. "
    "The river at Rockhampton will peak at 9 metres on Wednesday. "
    "More than 4,000 homes in the town could be cut off when it does. "
    "If you live near the river, you must leave your home by Tuesday night. "
    "The evacuation centre at the showgrounds is open all day and all night. "
    "I have asked every council in the region to open its halls to families who need a bed. "
    "Our police will close the Bruce Highway north of Gladstone from Tuesday morning. "
    "Do not drive through flood water, because it takes only a few centimetres to float a car. "
    "The state will match the Commonwealth's 6 million dollars for the relief fund.\n\n"
    "JOURNALIST: Prime Minister, will the Budget still be back in surplus?\n\n"
    "PM: Yes. The Budget will be back in surplus in 2013, as we promised. "
    "The floods will cost the economy money, and we will find savings to pay for the rebuilding. "
    "We will open recovery centres in Bundaberg, Emerald and Rockhampton next week. "
    "Families who have lost their homes can get a payment of 1,000 dollars for each adult. "
    "Call the recovery hotline on 180 22 66 to ask for the payment. "
    "The Deputy Prime Minister will visit Emerald tomorrow to see the damage for himself. "
    "I will come back to Queensland at the end of the month to see how the rebuilding is going.\n"
)


def test_a_co_speaker_with_a_role_is_given_and_named_on_each_point():
    transcript = clean_text(PRESS_CONFERENCE)
    speakers = find_speakers(transcript)
    assert speakers.main == "PM" and speakers.co == (("PREMIER BLIGH", "Premier Bligh"),)
    doc = build_easy_read(transcript)
    by_id = {s.id: s for s in transcript.sentences}
    points = [p for sec in doc.sections for p in sec.points]
    others = [p for p in points if any(by_id[i].speaker != speakers.main for i in p.sources) and not ASKED.match(p.text)]
    assert others, [p.text for p in points]
    assert all(p.text.startswith("Premier Bligh") for p in others), [p.text for p in others]
    # what a reader must do is kept whoever says it, with its condition
    said = " ".join(p.text for p in points)
    assert "must leave your home by Tuesday night" in said and "If you live near the river" in said
    assert "Do not drive through flood water" in said
    from accessible_statement.easy_read.against_source import against_source

    assert not [f for f in against_source(doc) if f.hard], [f.text for f in against_source(doc) if f.hard]


def test_a_host_who_talks_before_asking_is_not_a_co_speaker():
    text = PRESS_CONFERENCE.replace("PREMIER BLIGH:", "RAY HADLEY:")
    speakers = find_speakers(clean_text(text))
    assert speakers.co == ()
