# Domain: a school inspection report
S1 = " ".join([
    "Hollybrook Academy in Wexley has been rated \"requires improvement\" by Ofsted, two years after it was judged \"inadequate\".",
    "Inspectors visited the secondary school, which has 1,140 pupils, over two days in early March.",
    "The report, published on Wednesday, said behaviour had \"improved considerably\" under headteacher Sarah Okafor, who joined in September 2023.",
    "Persistent absence fell from 29% to 21% over the past year, although it remains above the national average.",
    "Inspectors found that the quality of teaching in mathematics and science was now good, but that pupils in English were not always given work that was demanding enough.",
    "The school's sixth form was rated good.",
    "Leadership and management were also judged to be good, while the quality of education was found to require improvement.",
    "The report noted that pupils with special educational needs did not always receive the support set out in their plans.",
    "Safeguarding arrangements were described as effective.",
    "Ms Okafor said staff were \"proud of how far we have come\" and that the school would \"not stand still\".",
    "The trust that runs the academy, Meridian Learning, said it would invest an extra 250,000 pounds in reading programmes next year.",
    "A full inspection is expected within 30 months.",
])
S2 = " ".join([
    "Parents at Hollybrook Academy have welcomed the school's improved Ofsted rating.",
    "Parent governor Tom Reilly said the change in atmosphere at the school had been \"night and day\".",
    "However, some parents of children with special educational needs said they were still struggling to get help.",
    "Local councillor Anita Shah said she would ask the council to review transport provision for pupils with disabilities.",
])
PROBES = [
("Ofsted has upgraded Hollybrook Academy from inadequate to requires improvement [1.1].", S1, "S"),  # paraphrase
("Ofsted has rated Hollybrook Academy good, two years after it was judged inadequate [1.1].", S1, "R"),  # wrong rating
("Hollybrook Academy was judged inadequate three years ago [1.1].", S1, "R"),  # wrong figure
("Hollybrook Academy has been downgraded by Ofsted [1.1].", S1, "R"),  # antonym
("Inspectors spent two days in early March at the secondary school, which has 1,140 pupils [1.2].", S1, "S"),  # paraphrase
("The school has 1,410 pupils [1.2].", S1, "R"),  # transposed figure
("Inspectors visited the primary school over two days [1.2].", S1, "R"),  # sibling word: secondary -> primary
("Inspectors spent three days at the school in early March [1.2].", S1, "R"),  # wrong figure
("The report, released on Wednesday, said behaviour had improved considerably since Sarah Okafor became headteacher [1.3].", S1, "S"),  # paraphrase
("The report said behaviour had improved slightly under Sarah Okafor [1.3].", S1, "R"),  # considerably -> slightly
("Sarah Okafor joined the school in September 2022 [1.3].", S1, "R"),  # wrong year
("The report was published on Tuesday [1.3].", S1, "R"),  # wrong weekday
("According to inspectors, pupils' behaviour has got much better under the current headteacher [1.3].", S1, "S"),  # paraphrase
("Persistent absence dropped from 29% to 21% in the last year but is still higher than the national average [1.4].", S1, "S"),  # paraphrase
("Persistent absence is now below the national average [1.4].", S1, "R"),  # contradiction
("Persistent absence rose from 21% to 29% [1.4].", S1, "R"),  # reversed
("Persistent absence fell by eight percentage points over the past year [1.4].", S1, "S"),  # 29-21=8
("Inspectors judged maths and science teaching to be good [1.5].", S1, "S"),  # paraphrase
("Inspectors said English pupils were sometimes given insufficiently challenging work [1.5].", S1, "S"),  # paraphrase of not always demanding enough
("Inspectors found English teaching to be good [1.5].", S1, "R"),  # wrong subject
("Inspectors said pupils in mathematics were not always given demanding enough work [1.5].", S1, "R"),  # swapped subject
("Inspectors said the quality of teaching was good in every subject [1.5].", S1, "R"),  # overgeneralisation
("Inspectors said pupils in English were never given demanding work [1.5].", S1, "R"),  # not always -> never
("The sixth form was judged good [1.6].", S1, "S"),  # paraphrase
("The sixth form was judged outstanding [1.6].", S1, "R"),  # sibling rating
("Leadership and management were rated good, but the quality of education still requires improvement [1.7].", S1, "S"),  # paraphrase
("Both leadership and the quality of education were judged good [1.7].", S1, "R"),  # contradiction
("The sixth form and leadership and management were both rated good [1.6, 1.7].", S1, "S"),  # merge
("The sixth form and leadership and management were both rated good [1.6].", S1, "R"),  # leadership fact from uncited 1.7
("Inspectors found that pupils with special educational needs did not always get the support their plans set out [1.8].", S1, "S"),  # paraphrase
("Inspectors found that pupils with special educational needs never received the support in their plans [1.8].", S1, "R"),  # not always -> never
("Inspectors praised the support given to pupils with special educational needs [1.8].", S1, "R"),  # contradiction
("Safeguarding was found to be effective [1.9].", S1, "S"),  # paraphrase
("Safeguarding was found to be ineffective [1.9].", S1, "R"),  # negation
("Inspectors found no safeguarding concerns at all and praised the school's safeguarding lead [1.9].", S1, "R"),  # added detail
("Ms Okafor said staff were proud of the school's progress and that it would keep improving [1.10].", S1, "S"),  # reported speech, 'not stand still'
("Ms Okafor said staff were disappointed with the rating [1.10].", S1, "R"),  # contradiction
("Tom Reilly said staff were proud of how far the school had come [1.10].", S1, "R"),  # wrong speaker
("Meridian Learning, which runs the academy, said it would spend an additional 250,000 pounds on reading programmes next year [1.11].", S1, "S"),  # paraphrase
("Meridian Learning said it would invest an extra 250,000 pounds in mathematics next year [1.11].", S1, "R"),  # wrong subject
("Meridian Learning has invested 250,000 pounds in reading programmes [1.11].", S1, "R"),  # future -> past
("Meridian Learning said it would invest an extra 2.5 million pounds in reading [1.11].", S1, "R"),  # wrong figure
("The local council said it would invest an extra 250,000 pounds in reading programmes [1.11].", S1, "R"),  # wrong actor
("Another full inspection is expected within 30 months [1.12].", S1, "S"),  # paraphrase
("A full inspection will take place within 30 months [1.12].", S1, "R"),  # expected -> will (hedge dropped)
("A full inspection is expected within 18 months [1.12].", S1, "R"),  # wrong figure
("Parents have welcomed Hollybrook Academy's better Ofsted rating [2.1].", [S1, S2], "S"),  # paraphrase
("Tom Reilly, a parent governor, described the change in the school's atmosphere as night and day [2.2].", [S1, S2], "S"),  # reported speech
("Sarah Okafor described the change in the school's atmosphere as night and day [2.2].", [S1, S2], "R"),  # wrong speaker
("Some parents of children with special educational needs said they still found it hard to get help [2.3].", [S1, S2], "S"),  # paraphrase
("All parents of children with special educational needs said they were still struggling to get help [2.3].", [S1, S2], "R"),  # some -> all
("Both inspectors and some parents raised concerns about support for pupils with special educational needs [1.8, 2.3].", [S1, S2], "S"),  # merge across docs
("Anita Shah said she would ask the council to review transport for pupils with disabilities [2.4].", [S1, S2], "S"),  # reported speech
("Anita Shah said the council had agreed to review transport for pupils with disabilities [2.4].", [S1, S2], "R"),  # would ask -> had agreed
("Anita Shah said she would ask the council to review transport because of the Ofsted report [2.4].", [S1, S2], "R"),  # added cause
("Parents have welcomed the school's improved rating [1.1].", [S1, S2], "R"),  # wrong sentence/doc cited
("The school improved its rating because behaviour got much better under its new headteacher [1.1, 1.3].", S1, "R"),  # added causation not stated
("The academy, where behaviour has improved considerably, now requires improvement rather than being inadequate [1.1, 1.3].", S1, "S"),  # merge without causation
("Safeguarding is effective and the sixth form is good [1.6, 1.9].", S1, "S"),  # merge
("Persistent absence at the school is falling [1.4].", S1, "S"),  # generalisation
("Inspectors visited the school over two days in early March [1.3].", S1, "R"),  # wrong sentence cited
("Ofsted inspectors spent two days at Hollybrook in early March [1.2].", S1, "S"),  # paraphrase
("Sarah Okafor has been headteacher since September 2023 [1.3].", S1, "S"),  # paraphrase
("Fewer pupils are persistently absent than a year ago, but the rate is still above the national figure [1.4].", S1, "S"),  # paraphrase
("English lessons did not always stretch pupils enough, inspectors said [1.5].", S1, "S"),  # paraphrase
("Inspectors rated leadership good but education quality as requiring improvement [1.7].", S1, "S"),  # paraphrase
("Ofsted judged the school's safeguarding arrangements effective and its sixth form good [1.6, 1.9].", S1, "S"),  # merge
("The headteacher said the school would keep moving forward [1.10].", S1, "S"),  # will not stand still
("The academy's trust plans to put an additional 250,000 pounds into reading next year [1.11].", S1, "S"),  # paraphrase
("One parent governor said the school's atmosphere had changed completely [2.2].", [S1, S2], "S"),  # night and day
("A local councillor plans to ask for a review of transport for disabled pupils [2.4].", [S1, S2], "S"),  # paraphrase
]
