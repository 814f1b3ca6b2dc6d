# Domain: a court ruling on a planning appeal
S1 = " ".join([
    "The High Court has overturned a government decision to approve 1,200 homes on green belt land near Guildford, ruling that the planning inspector failed to consider flood risk properly.",
    "Mr Justice Harcourt said the inspector's report had given \"inadequate weight\" to evidence from the Environment Agency about surface water flooding.",
    "Campaign group Save Wisley Fields, which brought the legal challenge, said the judgment was \"a victory for common sense\".",
    "The developer, Orchard Land Ltd, had won its appeal in March last year after Guildford Borough Council rejected the scheme in 2023.",
    "Housing Secretary Nadia Elm had accepted the inspector's recommendation to grant permission, citing the area's shortage of affordable homes.",
    "The judge rejected two other grounds of the challenge, relating to traffic and the loss of ancient woodland.",
    "The decision will now be sent back to the Housing Secretary to be reconsidered.",
    "Orchard Land said it was \"disappointed\" and was considering whether to appeal to the Court of Appeal.",
    "The scheme included 480 affordable homes, a primary school and a new GP surgery.",
    "Council leader Simon Drury said the ruling showed the council had been right to refuse the application in the first place.",
])
PROBES = [
("The High Court quashed the government's approval of 1,200 green belt homes near Guildford [1.1].", S1, "S"),  # overturned -> quashed
("The court found the inspector had not properly assessed the risk of flooding [1.1].", S1, "S"),  # rephrase
("According to Mr Justice Harcourt, the inspector's report gave inadequate weight to Environment Agency evidence on surface water flooding [1.2].", S1, "S"),  # reported
("The judge said Environment Agency evidence on surface water flooding had not been given enough weight in the inspector's report [1.2].", S1, "S"),  # voice change
("Save Wisley Fields, the group behind the challenge, hailed the judgment as a victory for common sense [1.3].", S1, "S"),  # reported
("The legal challenge was brought by a campaign group called Save Wisley Fields [1.3].", S1, "S"),  # passive
("Orchard Land won its appeal in March last year, having been refused permission by Guildford Borough Council in 2023 [1.4].", S1, "S"),  # reorder
("The council turned the scheme down in 2023 before the developer won on appeal [1.4].", S1, "S"),  # sequence kept
("Nadia Elm, the housing secretary, backed the inspector's recommendation to grant permission, pointing to a local shortage of affordable homes [1.5].", S1, "S"),  # accepted -> backed
("The challenge failed on its traffic and ancient woodland grounds [1.6].", S1, "S"),  # rejected grounds
("The judge upheld the flood risk ground but dismissed the arguments on traffic and ancient woodland [1.1, 1.6].", S1, "S"),  # merge
("The Housing Secretary will now have to reconsider the decision [1.7].", S1, "S"),  # 1.7
("The case goes back to the Housing Secretary for a fresh decision [1.7].", S1, "S"),  # sent back
("Orchard Land said it was disappointed and might take the case to the Court of Appeal [1.8].", S1, "S"),  # considering -> might
("The developer is weighing whether to take the case to the Court of Appeal [1.4, 1.8].", S1, "S"),  # developer = Orchard Land
("The plans featured 480 affordable homes along with a primary school and a GP surgery [1.9].", S1, "S"),  # 1.9
("Around 40% of the 1,200 proposed homes were to be affordable [1.1, 1.9].", S1, "S"),  # 480/1200
("Drury, who leads the council, said the ruling vindicated its original refusal [1.10].", S1, "S"),  # vindicated = shown right
("The council leader said the judgment proved the council was right to reject the plans initially [1.10].", S1, "S"),  # paraphrase
("Elm approved the scheme on the inspector's advice, but the High Court has now overturned that decision [1.1, 1.5].", S1, "S"),  # merge
("The campaigners welcomed the ruling, while the developer said it was disappointed [1.3, 1.8].", S1, "S"),  # merge
("The proposed development was on green belt land [1.1].", S1, "S"),  # partial
("Two of the challenge's other grounds were dismissed by the judge [1.6].", S1, "S"),  # voice
("The inspector had recommended that permission be granted [1.5].", S1, "S"),  # nominal
("A new GP surgery formed part of the scheme [1.9].", S1, "S"),  # partial
("Harcourt found fault with how the inspector handled Environment Agency flood evidence [1.2].", S1, "S"),  # generalisation
("The Supreme Court has overturned the decision to approve the homes [1.1].", S1, "R"),  # wrong court
("The High Court overturned a decision to approve 1,500 homes [1.1].", S1, "R"),  # wrong figure
("The homes were planned on green belt land near Woking [1.1].", S1, "R"),  # wrong place
("The court ruled that the inspector failed to consider traffic properly [1.1].", S1, "R"),  # wrong ground
("The High Court upheld the government's decision to approve the homes [1.1].", S1, "R"),  # antonym
("Harcourt said the inspector had given no weight to evidence from the Environment Agency [1.2].", S1, "R"),  # inadequate -> no
("Harcourt said the inspector had ignored evidence from Natural England [1.2].", S1, "R"),  # wrong body
("Harcourt said the Environment Agency had given inadequate weight to the inspector's evidence [1.2].", S1, "R"),  # roles swapped
("Harcourt said the inspector had given inadequate weight to evidence about river flooding [1.2].", S1, "R"),  # surface water -> river
("The judge said the development would increase flooding in nearby villages [1.2].", S1, "R"),  # added claim
("Save Wisley Fields said the judgment was disappointing [1.3].", S1, "R"),  # antonym
("Guildford Borough Council brought the legal challenge [1.3].", S1, "R"),  # wrong claimant
("Save Wisley Fields said the ruling showed the council had been right to refuse the application [1.3].", S1, "R"),  # wrong speaker
("The developer won its appeal in May last year [1.4].", S1, "R"),  # wrong month
("Guildford Borough Council approved the scheme in 2023 [1.4].", S1, "R"),  # antonym
("Orchard Land lost its appeal in March last year [1.4].", S1, "R"),  # won -> lost
("Nadia Elm rejected the inspector's recommendation to grant permission [1.5].", S1, "R"),  # antonym
("Nadia Elm granted permission, citing the need for a new school [1.5].", S1, "R"),  # wrong reason
("The Environment Secretary, Nadia Elm, granted permission [1.5].", S1, "R"),  # wrong role
("The judge upheld all three grounds of the challenge [1.6].", S1, "R"),  # contradicts
("The judge rejected the grounds relating to flood risk and traffic [1.6].", S1, "R"),  # wrong ground
("The judge accepted the argument about the loss of ancient woodland [1.6].", S1, "R"),  # rejected -> accepted
("The decision will now be sent to the Court of Appeal to be reconsidered [1.7].", S1, "R"),  # wrong body
("The Housing Secretary must now refuse permission [1.7].", S1, "R"),  # reconsider -> must refuse
("The ruling means the homes can never be built [1.1, 1.7].", S1, "R"),  # overgeneralisation
("Orchard Land said it would appeal to the Court of Appeal [1.8].", S1, "R"),  # hedge dropped
("Orchard Land said it was delighted with the ruling [1.8].", S1, "R"),  # antonym
("Orchard Land said it had already lodged an appeal [1.8].", S1, "R"),  # stronger
("The scheme included 400 affordable homes [1.9].", S1, "R"),  # wrong figure
("The scheme included two primary schools [1.9].", S1, "R"),  # wrong number
("The scheme included a new hospital [1.9].", S1, "R"),  # added facility
("Drury said the ruling showed the government had been right [1.10].", S1, "R"),  # wrong party
("Simon Drury, who chairs Save Wisley Fields, welcomed the ruling [1.10].", S1, "R"),  # wrong role
("The scheme included 480 affordable homes [1.5].", S1, "R"),  # wrong sentence cited
("The judge rejected grounds relating to traffic and ancient woodland [1.7].", S1, "R"),  # wrong sentence cited
("Most of the 1,200 homes were to be affordable [1.1, 1.9].", S1, "R"),  # 40% not most
("Guildford Borough Council originally refused the application [1.4, 1.10].", S1, "S"),  # rejected in 2023
("The housing secretary pointed to a lack of affordable homes in the area [1.5].", S1, "S"),  # citing shortage
("Orchard Land has not ruled out going to the Court of Appeal [1.8].", S1, "S"),  # considering whether
("Mr Justice Harcourt dismissed the traffic and ancient woodland grounds [1.2, 1.6].", S1, "S"),  # the judge = Harcourt
("Having won on appeal, Orchard Land has now seen the approval overturned in the High Court [1.1, 1.4].", S1, "S"),  # merge
]
