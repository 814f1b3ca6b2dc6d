# Domain: immigration and population statistics
S1 = " ".join([
    "Net migration to the UK fell to 431,000 in the year to June, down from a record 906,000 a year earlier, according to the Office for National Statistics.",
    "The ONS said the fall was largely driven by a drop in the number of people arriving on study and work visas.",
    "Around 1.21 million people moved to the UK during the period, while 779,000 left.",
    "Non-EU nationals accounted for 86 percent of long-term immigration.",
    "The number of dependants accompanying international students fell by 80 percent after rule changes introduced in January.",
    "Home Secretary James Aldridge said the figures showed the government's measures were working.",
    "The ONS cautioned that the estimates were provisional and could be revised.",
    "The think tank Migration Forum said net migration remained well above levels seen before 2020.",
])
S2 = " ".join([
    "The population of Scotland reached a record 5.49 million in mid-2023, according to National Records of Scotland.",
    "The increase of 45,000 over the year was driven entirely by migration, as deaths outnumbered births.",
    "There were around 12,000 more deaths than births during the year.",
    "Edinburgh grew fastest among council areas, with its population rising by 2.2 percent.",
    "Populations fell in nine of Scotland's 32 council areas, most of them in the west.",
    "People aged 65 and over now make up 20 percent of the population, up from 16 percent in 2011.",
    "Statisticians said the ageing population could put growing pressure on health and care services.",
])
PROBES = [
("Figures from the Office for National Statistics show net migration to the UK dropped to 431,000 in the year to June, from a record 906,000 a year before [1.1].", S1, "S"),  # restructure attribution, fell->dropped
("Net migration more than halved, falling from a record 906,000 to 431,000 in the year to June [1.1].", S1, "S"),  # arithmetic generalisation: 431,000 < 453,000 (half of 906,000)
("The ONS said fewer arrivals on study and work visas were largely behind the fall [1.2].", S1, "S"),  # nominalisation, driven by->behind
("About 1.21 million people moved to the UK in the period and 779,000 left [1.3].", S1, "S"),  # near-copy
("Some 86 percent of long-term immigrants were non-EU nationals [1.4].", S1, "S"),  # restructure
("Following rule changes brought in in January, the number of dependants coming with international students dropped by 80 percent [1.5].", S1, "S"),  # reorder, synonyms
("The figures showed the government's measures were working, according to Home Secretary James Aldridge [1.6].", S1, "S"),  # attribution moved to end
("The estimates are provisional and may be revised, the ONS warned [1.7].", S1, "S"),  # cautioned->warned, could->may
("Migration Forum, a think tank, said net migration was still well above pre-2020 levels [1.8].", S1, "S"),  # apposition, remained->was still
("Net migration fell to 431,000 in the year to June, largely because fewer people arrived on study and work visas, the ONS said [1.1][1.2].", S1, "S"),  # merge
("The ONS cautioned that its estimate of 431,000 net migration in the year to June was provisional and could be revised [1.1][1.7].", S1, "S"),  # merge
("Net migration to the UK fell to 413,000 in the year to June [1.1].", S1, "R"),  # 431,000->413,000
("Net migration fell to 431,000 in the year to June, down from a record 906,000 two years earlier [1.1].", S1, "R"),  # a year earlier -> two years earlier
("The ONS said the fall was largely driven by a rise in emigration [1.2].", S1, "R"),  # invented cause; ONS cited visa arrivals
("Around 1.21 million people moved to the UK during the period, while 779,000 left, the Home Office said [1.3].", S1, "R"),  # added attribution to the Home Office
("EU nationals accounted for 86 percent of long-term immigration [1.4].", S1, "R"),  # non-EU->EU
("The number of dependants accompanying international students fell by 80 percent after rule changes introduced in June [1.5].", S1, "R"),  # January->June
("The number of international students fell by 80 percent after rule changes introduced in January [1.5].", S1, "R"),  # dependants -> students themselves
("Home Secretary James Aldridge said the figures showed the government's measures had failed [1.6].", S1, "R"),  # working->failed
("The ONS said the estimates were final [1.7].", S1, "R"),  # provisional->final
("The think tank Migration Forum said net migration had fallen back to levels seen before 2020 [1.8].", S1, "R"),  # contradicts 'well above'
("Home Secretary James Aldridge cautioned that the estimates were provisional and could be revised [1.6][1.7].", S1, "R"),  # wrong speaker: the ONS
("Net migration to the UK fell to 431,000 in the year to June, with non-EU nationals accounting for 86 percent of long-term immigration [1.1].", S1, "R"),  # non-EU share only in uncited 1.4
("National Records of Scotland said Scotland's population hit a record 5.49 million in mid-2023 [2.1].", S2, "S"),  # attribution moved, reached->hit
("Migration accounted for all of the 45,000 rise over the year, because deaths exceeded births [2.2].", S2, "S"),  # driven entirely->accounted for all, outnumbered->exceeded
("Deaths outnumbered births by about 12,000 during the year [2.3].", S2, "S"),  # restructure
("Among council areas, Edinburgh's population grew the fastest, by 2.2 percent [2.4].", S2, "S"),  # reorder
("Nine of Scotland's 32 council areas saw their populations decline, mostly in the west [2.5].", S2, "S"),  # restructure, fell->decline
("One in five people in Scotland are now aged 65 or over, compared with 16 percent in 2011 [2.6].", S2, "S"),  # 20 percent -> one in five
("Statisticians said an ageing population could increase pressure on health and care services [2.7].", S2, "S"),  # put growing pressure -> increase pressure, hedge kept
("Scotland's population rose by 45,000 to a record 5.49 million, with all of the growth coming from migration [2.1][2.2].", S2, "S"),  # merge
("The share of the population aged 65 and over has risen from 16 percent in 2011 to 20 percent [2.6].", S2, "S"),  # restructure
("Edinburgh's population grew by 2.2 percent, the fastest of any council area [2.4].", S2, "S"),  # reorder
("The population of Scotland reached a record 5.94 million in mid-2023 [2.1].", S2, "R"),  # 5.49->5.94
("The increase of 45,000 over the year was driven mainly by a rise in births [2.2].", S2, "R"),  # cause contradicted: migration, deaths exceeded births
("There were around 12,000 more births than deaths during the year [2.3].", S2, "R"),  # roles swapped births/deaths
("Glasgow grew fastest among council areas, with its population rising by 2.2 percent [2.4].", S2, "R"),  # Edinburgh->Glasgow
("Populations fell in nine of Scotland's 32 council areas, most of them in the north [2.5].", S2, "R"),  # west->north
("Populations fell in every council area in the west of Scotland [2.5].", S2, "R"),  # overgeneralisation: most falls were in the west, not all western areas fell
("People aged 65 and over now make up 20 percent of the population, up from 16 percent in 2001 [2.6].", S2, "R"),  # 2011->2001
("Statisticians said the ageing population would put growing pressure on health and care services [2.7].", S2, "R"),  # hedge dropped could->would
("Statisticians said the ageing population could put growing pressure on housing [2.7].", S2, "R"),  # sibling substitution: housing for health and care services
("National Records of Scotland said Edinburgh's growth could put pressure on health and care services [2.4][2.7].", S2, "R"),  # wrong subject: ageing population, not Edinburgh growth
("Scotland's population reached a record 5.49 million in mid-2023, even though deaths outnumbered births by about 12,000 [2.1].", S2, "R"),  # 12,000 only in uncited 2.3
("Scotland's population rose by 45,000, driven entirely by migration from elsewhere in the UK [2.2].", S2, "R"),  # added detail: origin of migrants not stated
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
