# Domain: radio interview transcript with speaker labels (one sentence per line)
S1 = ("PRESENTER: Minister, waiting lists in the region have reached a record 410,000 patients.\n"
      "MINISTER JANE ROE: I accept that the figures are too high, and we are not going to pretend otherwise.\n"
      "PRESENTER: The nurses' union says you have broken your promise to recruit 2,000 extra nurses.\n"
      "MINISTER JANE ROE: We have recruited 1,400 so far, and the rest will be in post by next summer.\n"
      "PRESENTER: Your own officials have warned that the target may slip into 2028.\n"
      "MINISTER JANE ROE: I have seen that advice, but I believe we can still hit the deadline.\n"
      "MINISTER JANE ROE: We are also opening two new surgical centres in Dunmore and Kelby this spring.\n"
      "PRESENTER: Critics say those centres will not have enough staff to open on time.")
S2 = ("PRESENTER: Joining us now is the opposition health spokesperson, Mark Ellison.\n"
      "MARK ELLISON: The minister has had three years to fix this and waiting lists have doubled in that time.\n"
      "MARK ELLISON: We would scrap the hospital parking charges and use the money to fund evening clinics.\n"
      "PRESENTER: The charges raise around 30 million pounds a year, which would not go far.\n"
      "MARK ELLISON: It is a start, and we would also ask private hospitals to take on some routine operations.\n"
      "PRESENTER: Some of your own backbenchers oppose using private hospitals.\n"
      "MARK ELLISON: I respect their view, but patients care more about being seen than about who treats them.")
PROBES = [
("The presenter said regional waiting lists had hit a record 410,000 patients [1.1].", S1, "S"),  # reported speech, reached->hit
("Jane Roe conceded that the figures were too high [1.2].", S1, "S"),  # accept->conceded, compression
("The minister acknowledged the figures were too high and said there would be no pretending otherwise [1.2].", S1, "S"),  # paraphrase, nominalisation
("The presenter said the nurses' union accused the minister of breaking a promise to recruit 2,000 more nurses [1.3].", S1, "S"),  # reported speech, extra->more
("Roe said 1,400 nurses had been recruited so far, with the remainder due in post by next summer [1.3][1.4].", S1, "S"),  # merge: 'nurses' from 1.3, voice change
("Roe said 1,400 had been recruited so far and that the rest would be in post by next summer [1.4].", S1, "S"),  # near copy, reported speech
("The presenter noted that the minister's own officials had warned the target could slip into 2028 [1.5].", S1, "S"),  # reported speech, hedge kept may->could
("Roe said she had seen the officials' advice but still believed the deadline could be met [1.5][1.6].", S1, "S"),  # merge: 'that advice' resolved via 1.5
("The minister said she had seen the advice but thought the deadline was still achievable [1.6].", S1, "S"),  # paraphrase hit the deadline->achievable
("Jane Roe said two new surgical centres, in Dunmore and Kelby, were opening this spring [1.7].", S1, "S"),  # reported speech
("Roe announced that new surgical centres in Dunmore and Kelby are opening this spring [1.7].", S1, "S"),  # compression, 'two' dropped
("The presenter said critics doubted the new centres would have enough staff to open on time [1.8].", S1, "S"),  # paraphrase
("According to the presenter, critics claim the Dunmore and Kelby centres will not be staffed well enough to open on time [1.7][1.8].", S1, "S"),  # merge: centre names from 1.7
("Jane Roe accepted that the figures were too high after the presenter said waiting lists had reached a record 410,000 patients [1.1][1.2].", S1, "S"),  # merge, conversational order
("The opposition health spokesperson, Mark Ellison, joined the programme [2.1].", S2, "S"),  # paraphrase of introduction
("Ellison said waiting lists had doubled over the three years the minister had had to fix the problem [2.2].", S2, "S"),  # restructure
("Ellison said his party would abolish hospital parking charges and spend the money on evening clinics [2.3].", S2, "S"),  # scrap->abolish, fund->spend on
("The presenter said parking charges bring in about 30 million pounds annually, which would not go far [2.4].", S2, "S"),  # synonyms raise->bring in
("The presenter suggested the roughly 30 million pounds raised each year by the charges would not go far [2.4].", S2, "S"),  # restructure
("Ellison called it a start and said his side would also ask private hospitals to take on some routine operations [2.5].", S2, "S"),  # reported speech
("The presenter pointed out that some of Ellison's own backbenchers are against using private hospitals [2.6].", S2, "S"),  # oppose->are against, 'your'->Ellison's
("Ellison said he respected their view but that patients cared more about being seen than about who treated them [2.7].", S2, "S"),  # reported speech
("Ellison proposed scrapping hospital parking charges to fund evening clinics, and the presenter said the charges raised around 30 million pounds a year [2.3][2.4].", S2, "S"),  # merge, attribution kept
("Ellison argued that patients care more about being seen than about who treats them [2.7].", S2, "S"),  # compression
("The presenter said waiting lists in the region had reached a record 140,000 patients [1.1].", S1, "R"),  # 410,000->140,000
("Jane Roe said waiting lists in the region had reached a record 410,000 patients [1.1].", S1, "R"),  # wrong speaker: presenter said it
("Jane Roe denied that the figures were too high [1.2].", S1, "R"),  # accept->denied
("The nurses' union says the minister has broken a promise to recruit 3,000 extra nurses [1.3].", S1, "R"),  # 2,000->3,000
("The nurses' union says the minister has broken a promise to recruit 2,000 extra doctors [1.3].", S1, "R"),  # sibling nurses->doctors
("Roe said 1,400 nurses had been recruited and the rest would be in post by next winter [1.3][1.4].", S1, "R"),  # summer->winter
("The presenter said the minister's officials had warned that the target would slip into 2028 [1.5].", S1, "R"),  # hedge dropped may->would
("The nurses' union has warned that the target may slip into 2028 [1.5].", S1, "R"),  # wrong source: the minister's officials
("Roe said she had not seen the officials' advice [1.6].", S1, "R"),  # negation flipped
("Roe admitted the deadline would be missed [1.6].", S1, "R"),  # contradicts: believes deadline can be hit
("Roe said the government was opening three new surgical centres this spring [1.7].", S1, "R"),  # two->three
("Roe said two new surgical centres in Dunmore and Kelby would open this autumn [1.7].", S1, "R"),  # spring->autumn
("Roe said two new maternity units would open in Dunmore and Kelby this spring [1.7].", S1, "R"),  # sibling surgical centres->maternity units
("Jane Roe said the new surgical centres would not have enough staff to open on time [1.8].", S1, "R"),  # wrong speaker: presenter quoting critics
("Roe said two new surgical centres would open this spring to cut the 410,000-patient waiting list [1.7].", S1, "R"),  # added purpose, figure from uncited 1.1
("Mark Ellison said waiting lists had tripled during the minister's three years [2.2].", S2, "R"),  # doubled->tripled
("Mark Ellison said the minister had had five years to fix the problem [2.2].", S2, "R"),  # three->five years
("Ellison said his party would scrap hospital parking charges and use the money to fund weekend clinics [2.3].", S2, "R"),  # evening->weekend clinics
("Ellison said the parking charges raise around 30 million pounds a year [2.4].", S2, "R"),  # wrong speaker: presenter
("Ellison said his party would ask private hospitals to take on all routine operations [2.5].", S2, "R"),  # some->all
("Ellison said his party would require private hospitals to take on some routine operations [2.5].", S2, "R"),  # ask->require
("The presenter said all of Ellison's backbenchers oppose using private hospitals [2.6].", S2, "R"),  # some->all
("Ellison said some of his backbenchers opposed using private hospitals [2.6].", S2, "R"),  # wrong speaker: presenter said it
("Ellison dismissed his backbenchers' view [2.7].", S2, "R"),  # contradicts: 'I respect their view'
("Ellison said patients care more about who treats them than about being seen [2.7].", S2, "R"),  # comparison reversed
("Ellison said he respected their view and would drop the private hospitals plan [2.7].", S2, "R"),  # added clause
("Ellison accepted that 30 million pounds would not go far [2.5].", S2, "R"),  # he said 'it is a start'; acceptance not stated, figure is presenter's (2.4)
("The presenter introduced Mark Ellison as the opposition education spokesperson [2.1].", S2, "R"),  # health->education
("Mark Ellison said the minister had broken a promise to recruit 2,000 extra nurses [2.2].", S2, "R"),  # not said by Ellison; claim is the union's via presenter in doc 1
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
