# Domain: a mine accident and rescue
S1 = " ".join([
    "Rescuers brought 11 miners to the surface early on Sunday, four days after a roof collapse trapped them 430 metres underground at the Kestrel Ridge coal mine in Queensland.",
    "The collapse happened at about 2pm on Wednesday in a tunnel where the men were installing roof supports, according to the operator, Coalfront Resources.",
    "One miner, 52-year-old shift supervisor Daniel Reyes, was killed in the collapse, and two others who escaped unaided were treated for minor injuries.",
    "Rescue teams drilled a 20-centimetre borehole on Thursday to deliver water, food and oxygen to the trapped men, who had sheltered in a refuge chamber.",
    "A larger rescue shaft was completed late on Saturday, and the miners were lifted out one at a time in a steel capsule over about six hours.",
    "The Queensland Mines Inspectorate said it had opened an investigation and ordered all underground work at the site to stop.",
    "Coalfront chief executive Lisa Harmon said the company would cooperate fully and described Reyes as \"a respected leader who looked after his crew\".",
])
S2 = " ".join([
    "The Mining and Energy Union said it had raised concerns about ground conditions in the affected section of Kestrel Ridge at least twice in the past year.",
    "District president Mick Dawson said workers had reported cracking in the roof in the days before the collapse, a claim the company has not addressed.",
    "Paramedics said all 11 rescued miners were in stable condition, although two were being treated for dehydration and one for a broken wrist.",
    "The rescue involved more than 200 people, including specialist teams flown in from New South Wales.",
    "Families had gathered at a community hall in the nearby town of Moranbah, where they were told of the breakthrough shortly after midnight.",
    "Queensland's resources minister, Carla Nguyen, said the state might review rules on refuge chambers once the investigation was complete.",
    "Kestrel Ridge employs about 650 people and produced 4 million tonnes of coal last year.",
])
PROBES = [
("Eleven miners trapped 430 metres underground at Kestrel Ridge were rescued on Sunday [1.1].", S1, "S"),  # voice change, number in words
("The miners had been trapped for four days after the roof fell in [1.1].", S1, "S"),  # paraphrase
("According to Coalfront Resources, the men were fitting roof supports when the tunnel collapsed on Wednesday afternoon [1.2].", S1, "S"),  # 2pm -> afternoon
("Shift supervisor Daniel Reyes, 52, died in the collapse [1.3].", S1, "S"),  # killed -> died
("Two miners got out without help and had minor injuries treated [1.3].", S1, "S"),  # unaided -> without help
("A narrow borehole drilled on Thursday was used to send water, food and oxygen to the men [1.4].", S1, "S"),  # purpose rephrased
("The trapped miners took shelter in a refuge chamber [1.4].", S1, "S"),  # compression
("The miners were brought up individually in a steel capsule, a process that took roughly six hours [1.5].", S1, "S"),  # one at a time -> individually
("Work on a larger rescue shaft finished late on Saturday [1.5].", S1, "S"),  # nominalisation
("The inspectorate has launched an investigation and halted all underground work at the mine [1.6].", S1, "S"),  # synonyms
("Lisa Harmon pledged the company's full cooperation [1.7].", S1, "S"),  # reported speech reworded
("Harmon called Reyes a respected leader who looked after his crew [1.7].", S1, "S"),  # near-copy of quote
("The union said it had flagged ground conditions in that section as a concern at least twice over the past year [2.1].", S2, "S"),  # reword
("Mick Dawson said workers reported roof cracking in the days leading up to the collapse [2.2].", S2, "S"),  # reword
("The company has not responded to Mick Dawson's claim that workers had reported roof cracking [2.2].", S2, "S"),  # not addressed -> not responded
("All 11 rescued miners were stable, paramedics said [2.3].", S2, "S"),  # compression
("Of the rescued miners, two were being treated for dehydration and one for a broken wrist [2.3].", S2, "S"),  # compression
("Over 200 people took part in the rescue, among them specialist teams from New South Wales [2.4].", S2, "S"),  # synonym
("Families waiting in a Moranbah community hall learned of the breakthrough just after midnight [2.5].", S2, "S"),  # reword
("Resources minister Carla Nguyen said rules on refuge chambers may be reviewed after the investigation [2.6].", S2, "S"),  # hedge kept, voice change
("Around 650 people work at Kestrel Ridge, which produced four million tonnes of coal last year [2.7].", S2, "S"),  # number in words
("A borehole was drilled on Thursday and a larger rescue shaft completed on Saturday [1.4][1.5].", S1, "S"),  # merge
("The collapse killed one miner and trapped 11 others [1.1][1.3].", S1, "S"),  # merge
("The mine inspectorate is investigating, and the minister said refuge chamber rules might be reviewed once the investigation ends [1.6][2.6].", S1, "S"),  # merge across docs, hedge kept
("Kestrel Ridge is a coal mine in Queensland run by Coalfront Resources [1.1][1.2].", S1, "S"),  # merge, operator -> run by
("Rescuers brought 12 miners to the surface on Sunday [1.1].", S1, "R"),  # number changed
("The miners were trapped 340 metres underground [1.1].", S1, "R"),  # digits transposed
("The miners were rescued five days after the collapse [1.1].", S1, "R"),  # number changed
("The collapse happened at about 2pm on Tuesday [1.2].", S1, "R"),  # day changed
("The men were removing roof supports when the tunnel collapsed [1.2].", S1, "R"),  # installing -> removing
("Daniel Reyes, 52, died in hospital from crush injuries [1.3].", S1, "R"),  # added detail, contradicts
("Two miners who escaped unaided were treated for serious injuries [1.3].", S1, "R"),  # minor -> serious
("Rescuers drilled a 20-centimetre borehole on Thursday to pull the trapped men out [1.4].", S1, "R"),  # purpose changed
("The miners were lifted out together in a steel capsule [1.5].", S1, "R"),  # one at a time -> together
("The larger rescue shaft was completed early on Saturday [1.5].", S1, "R"),  # late -> early
("The inspectorate ordered all work at Coalfront's mines to stop [1.6].", S1, "R"),  # scope widened
("The inspectorate said poor roof supports had caused the collapse [1.6].", S1, "R"),  # invented finding
("Lisa Harmon admitted the company had ignored safety warnings [1.7].", S1, "R"),  # invented admission
("The union said it had raised concerns about ground conditions at least twice in the past month [2.1].", S2, "R"),  # year -> month
("The union said it had raised concerns about ground conditions across the whole of Kestrel Ridge [2.1].", S2, "R"),  # scope widened
("Mick Dawson said workers had reported cracking in the roof, which the company has denied [2.2].", S2, "R"),  # not addressed -> denied
("Lisa Harmon said workers had reported cracking in the roof before the collapse [2.2].", S2, "R"),  # wrong speaker
("Paramedics said two of the rescued miners were in critical condition [2.3].", S2, "R"),  # contradicts stable
("One rescued miner was being treated for a broken leg [2.3].", S2, "R"),  # wrist -> leg
("The rescue involved more than 200 people, including teams flown in from Victoria [2.4].", S2, "R"),  # place changed
("The rescue was led by specialist teams from New South Wales [2.4].", S2, "R"),  # including -> led
("Families were told of the breakthrough shortly before midnight [2.5].", S2, "R"),  # after -> before
("Carla Nguyen said the state would review rules on refuge chambers [2.6].", S2, "R"),  # might -> would
("Kestrel Ridge produced 4 million tonnes of coal last month [2.7].", S2, "R"),  # year -> month
("Kestrel Ridge, which employs about 650 people, is Queensland's largest coal mine [2.7].", S2, "R"),  # added superlative
("Because workers had reported roof cracking, the inspectorate ordered underground work to stop [1.6][2.2].", S1, "R"),  # invented cause
("The 11 rescued miners were flown by helicopter to hospital in Moranbah [2.3][2.5].", S2, "R"),  # added detail
("The rescued miners had survived on water and food sent down a borehole drilled on Wednesday [1.4].", S1, "R"),  # Thursday -> Wednesday
]
