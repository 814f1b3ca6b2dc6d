# Domain: wildlife conservation and zoos
S1 = " ".join([
    "Brackenfield Zoo has announced the birth of a critically endangered Sumatran tiger cub, the first at the zoo in eight years.",
    "The female cub was born to seven-year-old mother Kasarna on 3 March and is said to be feeding well.",
    "Fewer than 400 Sumatran tigers are thought to remain in the wild, mainly because of habitat loss and poaching.",
    "The birth is part of a European breeding programme that aims to maintain a genetically healthy population in zoos.",
    "Keepers said the cub would stay with its mother in a private den for at least six weeks before going on public display.",
    "Curator Tom Ellery said the arrival was \"a huge boost\" for the species.",
    "The zoo also funds ranger patrols in Sumatra that remove snares from the forest.",
])
S2 = " ".join([
    "The number of white-tailed eagles breeding in England has risen to 12 pairs, five years after the species was reintroduced on the Isle of Wight.",
    "Conservationists released 60 young birds between 2019 and 2024 as part of the project.",
    "The eagles had been extinct in England since 1780, when the last known pair was shot.",
    "Project leader Anna Whitlock said the birds were spreading faster than expected.",
    "Some farmers have raised concerns that the eagles could take lambs, although studies in Scotland found such losses were rare.",
    "The project has cost £1.8 million, most of it funded by a charitable trust.",
    "Natural England said it would decide next year whether to approve further releases in Norfolk.",
])
PROBES = [
("Brackenfield Zoo has announced the arrival of a critically endangered Sumatran tiger cub, its first in eight years [1.1].", S1, "S"),  # birth->arrival, compression
("Seven-year-old Kasarna gave birth to the female cub on 3 March [1.2].", S1, "S"),  # passive->active voice
("The cub is reported to be feeding well [1.2].", S1, "S"),  # said->reported, compression
("Under 400 Sumatran tigers are believed to survive in the wild, largely due to habitat loss and poaching [1.3].", S1, "S"),  # synonyms, hedge kept
("The birth forms part of a European breeding programme intended to keep the population in zoos genetically healthy [1.4].", S1, "S"),  # paraphrase of aim
("The cub will remain in a private den with its mother for a minimum of six weeks before the public can see it, keepers said [1.5].", S1, "S"),  # synonyms + reorder
("Curator Tom Ellery called the arrival a huge boost for the species [1.6].", S1, "S"),  # said was->called
("Ranger patrols that clear snares from the forest in Sumatra are funded by the zoo [1.7].", S1, "S"),  # voice change, remove->clear
("The female cub, born on 3 March, is the zoo's first Sumatran tiger cub in eight years [1.1][1.2].", S1, "S"),  # merge
("The zoo, which funds ranger patrols that remove snares in Sumatra, has announced the birth of a critically endangered Sumatran tiger cub [1.1][1.7].", S1, "S"),  # merge
("Keepers said the cub would stay with its mother in a private den for at least six weeks [1.5].", S1, "S"),  # near-copy, compressed
("The cub is the first Sumatran tiger born at the zoo in 12 years [1.1].", S1, "R"),  # eight->12 years (was "six years" in locked copy: arguably entailed by "first in eight years", so made unambiguous)
("The male cub was born to seven-year-old mother Kasarna on 3 March [1.2].", S1, "R"),  # female->male
("The female cub was born to seven-year-old mother Kasarna on 13 March [1.2].", S1, "R"),  # date 3->13 March
("Fewer than 400 Sumatran tigers remain in the wild, mainly because of climate change [1.3].", S1, "R"),  # invented cause (and hedge 'thought to' dropped)
("Fewer than 4,000 Sumatran tigers are thought to remain in the wild [1.3].", S1, "R"),  # 400->4,000
("The birth is part of a global breeding programme that aims to maintain a genetically healthy population in zoos [1.4].", S1, "R"),  # European->global
("Keepers said the cub would go on public display within six weeks [1.5].", S1, "R"),  # at least six weeks before display -> within six weeks
("Curator Tom Ellery said the arrival was a huge boost for the zoo's visitor numbers [1.6].", S1, "R"),  # boost for species -> visitor numbers
("Curator Tom Ellery said the cub was feeding well [1.2][1.6].", S1, "R"),  # wrong speaker: 'is said to be feeding well' is not attributed to Ellery
("The zoo also funds ranger patrols in Sumatra that arrest poachers in the forest [1.7].", S1, "R"),  # remove snares -> arrest poachers
("The birth is part of a European breeding programme that aims to release tigers back into the wild in Sumatra [1.4].", S1, "R"),  # aim changed: population in zoos, not release
("Brackenfield Zoo has announced the birth of a critically endangered Sumatran tiger cub, which will go on public display after six weeks [1.1].", S1, "R"),  # display timing only in uncited 1.5 (and 'at least' lost)
("Five years after white-tailed eagles were reintroduced on the Isle of Wight, 12 pairs are now breeding in England [2.1].", S2, "S"),  # reorder
("Conservationists set free 60 young birds between 2019 and 2024 under the project [2.2].", S2, "S"),  # released->set free, as part of->under
("White-tailed eagles had been extinct in England since the last known pair was shot in 1780 [2.3].", S2, "S"),  # restructure
("Project leader Anna Whitlock said the eagles were spreading more quickly than anticipated [2.4].", S2, "S"),  # synonyms faster->more quickly, expected->anticipated
("Some farmers fear the eagles could take lambs, but studies in Scotland found such losses were rare [2.5].", S2, "S"),  # raised concerns->fear, although->but
("The £1.8m project has been funded mostly by a charitable trust [2.6].", S2, "S"),  # compression, number reformat
("A decision on whether to approve further releases in Norfolk will be made by Natural England next year [2.7].", S2, "S"),  # voice change
("The white-tailed eagle, extinct in England since 1780, now has 12 breeding pairs in the country [2.1][2.3].", S2, "S"),  # merge
("Natural England said it would decide next year whether to approve further releases in Norfolk [2.7].", S2, "S"),  # exact near-copy
("A charitable trust provided most of the £1.8 million the project has cost [2.6].", S2, "S"),  # restructure
("The number of white-tailed eagles breeding in England has risen to 21 pairs [2.1].", S2, "R"),  # 12->21
("White-tailed eagles were reintroduced on the Isle of Man five years ago [2.1].", S2, "R"),  # Isle of Wight->Isle of Man
("Conservationists released 60 young birds between 2019 and 2022 as part of the project [2.2].", S2, "R"),  # 2024->2022
("The eagles had been extinct in England since 1780, when the last known pair died of poisoning [2.3].", S2, "R"),  # shot->poisoning
("Project leader Anna Whitlock said the birds were spreading more slowly than expected [2.4].", S2, "R"),  # antonym faster->more slowly
("Studies in Scotland found that eagles frequently take lambs [2.5].", S2, "R"),  # rare->frequently
("All farmers have raised concerns that the eagles could take lambs [2.5].", S2, "R"),  # some->all
("Some farmers have raised concerns that the eagles will take lambs [2.5].", S2, "R"),  # hedge dropped could->will
("The project has cost £1.8 million, all of it funded by a charitable trust [2.6].", S2, "R"),  # most->all
("Natural England has approved further releases in Norfolk [2.7].", S2, "R"),  # decision not yet made (next year)
("Project leader Anna Whitlock said studies in Scotland found lamb losses were rare [2.4][2.5].", S2, "R"),  # wrong speaker: studies finding not attributed to Whitlock
("Conservationists released 60 young birds between 2019 and 2024, and 12 pairs are now breeding in England [2.2].", S2, "R"),  # 12 pairs only in uncited 2.1
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
