# Domain: a flood defence scheme approved by a council
S1 = " ".join([
    "Councillors in Northbridge voted 34 to 9 on Tuesday evening to approve a £48m flood defence scheme for the River Wend.",
    "The scheme includes 3 kilometres of new embankments, two pumping stations and a storage basin capable of holding 1.2 million cubic metres of water.",
    "Around 1,800 homes and 240 businesses in the town centre were flooded in February 2020, when the river burst its banks after Storm Dennis.",
    "The Environment Agency will contribute £31m, with the remaining £17m coming from the council and local businesses.",
    "Council leader Fiona Marsh said the decision was the most important the authority had taken in a generation.",
    "Construction is expected to begin next spring and could take up to four years to complete.",
    "Opposition councillors argued that the storage basin would destroy part of Holloway Meadow, a designated wildlife site.",
])
S2 = " ".join([
    "The Environment Agency said the scheme would reduce the risk of flooding for about 2,100 properties over the next 100 years.",
    "Its area manager, David Okafor, said the design had been tested against a one-in-200-year flood event.",
    "Campaign group Save Holloway Meadow said it was considering a legal challenge to the decision.",
    "Its spokeswoman, Ruth Penn, said more than 5,000 people had signed a petition calling for the basin to be moved upstream.",
    "The council said about 12 percent of the meadow would be affected and that new wetland habitat would be created nearby.",
    "Insurers have welcomed the approval, saying it could help bring down premiums for homes in the flood zone.",
    "A public inquiry into the 2020 floods found that warnings had reached some residents less than an hour before water entered their homes.",
])
PROBES = [
("Northbridge councillors approved a £48m flood defence scheme on Tuesday by 34 votes to 9 [1.1].", S1, "S"),  # reorder
("The River Wend flood scheme was backed by a majority of Northbridge councillors [1.1].", S1, "S"),  # 34-9 generalised to majority
("The scheme was approved despite nine councillors voting against it [1.1].", S1, "S"),  # other side of the vote
("Two pumping stations and 3 kilometres of new embankments form part of the scheme [1.2].", S1, "S"),  # reorder, compression
("A storage basin able to hold 1.2 million cubic metres of water is included in the plans [1.2].", S1, "S"),  # voice, synonym
("When the river burst its banks after Storm Dennis in February 2020, about 1,800 homes in the town centre were flooded [1.3].", S1, "S"),  # reorder
("Following Storm Dennis in February 2020, some 240 town centre businesses were flooded [1.3].", S1, "S"),  # compression
("The Environment Agency is putting £31m towards the scheme [1.4].", S1, "S"),  # synonym
("The council and local businesses will fund the remaining £17m [1.4].", S1, "S"),  # voice change
("Fiona Marsh described the vote as the authority's most important decision in a generation [1.5].", S1, "S"),  # reported speech reworded
("Work is expected to start next spring [1.6].", S1, "S"),  # synonym, hedge kept
("Building the defences could take as long as four years [1.6].", S1, "S"),  # up to -> as long as
("Opposition councillors claimed part of Holloway Meadow, a designated wildlife site, would be destroyed by the storage basin [1.7].", S1, "S"),  # voice change
("About 2,100 properties would face a lower flood risk over the next century as a result of the scheme, according to the Environment Agency [2.1].", S2, "S"),  # 100 years -> century, attribution kept
("David Okafor said the design had been tested against a flood of a size expected once in 200 years [2.2].", S2, "S"),  # expanded term
("Save Holloway Meadow is considering a legal challenge against the council's decision [2.3].", S2, "S"),  # near-copy
("Ruth Penn said a petition to move the basin upstream had been signed by over 5,000 people [2.4].", S2, "S"),  # voice, more than -> over
("The council said roughly 12 percent of the meadow would be affected [2.5].", S2, "S"),  # compression
("New wetland habitat would be created near the meadow, the council said [2.5].", S2, "S"),  # reorder
("Insurers welcomed the decision, saying it might help reduce premiums for homes in the flood zone [2.6].", S2, "S"),  # could -> might
("A public inquiry found that some residents received warnings less than an hour before their homes flooded in 2020 [2.7].", S2, "S"),  # reworded
("The Environment Agency, which is contributing £31m, said the scheme would reduce flood risk for about 2,100 properties [1.4][2.1].", S2, "S"),  # merge
("The Environment Agency said the £48m scheme would cut flood risk for about 2,100 properties over the next 100 years [1.1][2.1].", S2, "S"),  # merge
("Campaigners are considering a legal challenge, and more than 5,000 people have signed a petition to move the basin upstream [2.3][2.4].", S2, "S"),  # merge
("The spokeswoman for Save Holloway Meadow is Ruth Penn [2.3][2.4].", S2, "S"),  # pronoun resolved with naming sentence cited
("Councillors in Northbridge voted 34 to 9 on Wednesday evening to approve the scheme [1.1].", S1, "R"),  # day swapped
("Councillors in Northbridge voted 43 to 9 to approve a £48m flood defence scheme [1.1].", S1, "R"),  # number changed
("Councillors unanimously approved a £48m flood defence scheme for the River Wend [1.1].", S1, "R"),  # 34-9 is not unanimous
("The scheme includes 3 kilometres of new embankments, three pumping stations and a storage basin [1.2].", S1, "R"),  # two -> three
("The storage basin will be capable of holding 1.2 million litres of water [1.2].", S1, "R"),  # unit changed
("Around 1,800 homes and 240 businesses were flooded in February 2020 after Storm Ciara [1.3].", S1, "R"),  # storm name swapped
("Around 2,100 homes in the town centre were flooded in February 2020 [1.3].", S1, "R"),  # figure from uncited 2.1
("The Environment Agency will contribute £17m, with the remaining £31m coming from the council and local businesses [1.4].", S1, "R"),  # amounts swapped
("The remaining £17m will come entirely from the council [1.4].", S1, "R"),  # local businesses dropped; 'entirely' false
("Fiona Marsh said the decision was one of the most important the authority had taken in a decade [1.5].", S1, "R"),  # generation -> decade
("Opposition leader Fiona Marsh said the decision was the most important in a generation [1.5].", S1, "R"),  # role changed
("Construction will begin next spring and will take four years to complete [1.6].", S1, "R"),  # hedges dropped
("Construction is expected to begin next autumn [1.6].", S1, "R"),  # season swapped
("Construction could take at least four years to complete [1.6].", S1, "R"),  # up to -> at least
("Opposition councillors argued that the new embankments would destroy part of Holloway Meadow [1.7].", S1, "R"),  # basin -> embankments
("The storage basin will destroy part of Holloway Meadow, a designated wildlife site [1.7].", S1, "R"),  # argument stated as fact
("The Environment Agency said the scheme would eliminate the risk of flooding for about 2,100 properties [2.1].", S2, "R"),  # reduce -> eliminate
("The Environment Agency said the scheme would reduce flood risk for about 2,100 properties over the next 50 years [2.1].", S2, "R"),  # period changed
("David Okafor said the design had been tested against a one-in-100-year flood event [2.2].", S2, "R"),  # number changed
("Fiona Marsh said the design had been tested against a one-in-200-year flood event [2.2].", S2, "R"),  # wrong speaker
("Save Holloway Meadow has launched a legal challenge to the decision [2.3].", S2, "R"),  # considering -> launched
("Ruth Penn said more than 5,000 people had signed a petition calling for the basin to be scrapped [2.4].", S2, "R"),  # moved upstream -> scrapped
("Ruth Penn said more than 5,000 people had signed a petition calling for the basin to be moved downstream [2.4].", S2, "R"),  # antonym
("The council said about 12 percent of the meadow would be affected and that no new habitat would be created [2.5].", S2, "R"),  # negation added
("The council said about 21 percent of the meadow would be affected [2.5].", S2, "R"),  # digits swapped
("Insurers said the approval would bring down premiums for all homes in the town [2.6].", S2, "R"),  # could -> would; scope widened
("A public inquiry found that warnings had reached all residents less than an hour before water entered their homes [2.7].", S2, "R"),  # some -> all
("A public inquiry found that some residents were warned less than an hour before the flooding, which led the council to approve the scheme [2.7].", S2, "R"),  # cause invented
("The Environment Agency, which is contributing £31m, said the scheme would protect 1,800 homes and 240 businesses [1.4][2.1].", S2, "R"),  # figures from uncited 1.3; protect vs reduce risk
("Opposition councillors, led by Ruth Penn, argued that the basin would destroy part of Holloway Meadow [1.7][2.4].", S2, "R"),  # Penn is campaign spokeswoman, not councillors' leader
]
