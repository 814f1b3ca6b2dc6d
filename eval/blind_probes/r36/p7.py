# Domain: a parliamentary debate transcript on the North Sea cod fishing quota
S1 = " ".join([
    "SPEAKER: Order, we now come to the motion on next year's North Sea cod quota, and I call the Fisheries Minister to open the debate.",
    "MARK HOLLOWAY: As Fisheries Minister, I can tell the House that the government proposes to cut the cod quota by 12% next year, following advice from the International Council for the Exploration of the Sea.",
    "MARK HOLLOWAY: Scientists have warned that spawning stocks have fallen to their lowest level since 2006.",
    "MARK HOLLOWAY: We will provide £18 million in transition support to affected fleets over two years.",
    "FIONA MACLEAN: The minister should be ashamed, because this cut will devastate communities in Peterhead and Fraserburgh.",
    "FIONA MACLEAN: Will he confirm that the haddock quota will rise by only 3%, far below what the industry asked for?",
    "MARK HOLLOWAY: I can confirm that the haddock quota will rise by 3%, which is in line with the scientific advice.",
    "DAVID OKONJO: Does the minister accept that his own department's impact assessment predicts the loss of up to 600 jobs?",
    "MARK HOLLOWAY: The assessment gives a range of 350 to 600 jobs, and the support package is designed to protect as many of them as possible.",
    "MARK HOLLOWAY: The quota will be reviewed in June if new survey data show the stock is recovering.",
    "FIONA MACLEAN: Fishermen in my constituency tell me that £18 million is a drop in the ocean.",
    "SPEAKER: Order, the honourable lady has made her point, and I must ask for shorter interventions.",
    "DAVID OKONJO: I will vote against the motion because it puts quotas ahead of livelihoods.",
    "SPEAKER: The question is that the motion be agreed to, and the ayes have it by 312 votes to 241.",
])
PROBES = [
("Fisheries Minister Mark Holloway said the government proposed a 12% cut to the cod quota next year [1.2].", S1, "S"),  # nominalisation
("Holloway said the proposed cod cut followed advice from the International Council for the Exploration of the Sea [1.2].", S1, "S"),  # paraphrase
("Holloway said scientists had warned that spawning stocks were at their lowest level since 2006 [1.3].", S1, "S"),  # indirect speech
("Holloway promised £18 million of transition support for affected fleets over two years [1.4].", S1, "S"),  # we will provide = promised
("MacLean said the cut would devastate communities in Peterhead and Fraserburgh [1.5].", S1, "S"),  # indirect speech
("MacLean said the minister should be ashamed [1.5].", S1, "S"),  # dropping detail
("MacLean asked whether the minister would confirm that the haddock quota would rise by only 3% [1.6].", S1, "S"),  # indirect question
("Holloway confirmed that the haddock quota would rise by 3% [1.7].", S1, "S"),  # indirect speech
("Holloway said the 3% haddock increase was in line with the scientific advice [1.7].", S1, "S"),  # nominalisation
("Okonjo asked whether the minister accepted that his department's impact assessment predicted the loss of up to 600 jobs [1.8].", S1, "S"),  # indirect question
("Holloway said the impact assessment gave a range of between 350 and 600 jobs [1.8, 1.9].", S1, "S"),  # indirect speech
("Holloway said the support package was designed to protect as many jobs as possible [1.9].", S1, "S"),  # dropping detail
("Holloway said the quota would be reviewed in June if new survey data showed the stock recovering [1.10].", S1, "S"),  # indirect speech
("MacLean said fishermen in her constituency described £18 million as a drop in the ocean [1.11].", S1, "S"),  # paraphrase
("The Speaker asked for shorter interventions [1.12].", S1, "S"),  # dropping detail
("Okonjo said he would vote against the motion, arguing that it put quotas ahead of livelihoods [1.13].", S1, "S"),  # because = arguing
("The motion was agreed by 312 votes to 241 [1.14].", S1, "S"),  # ayes have it
("The motion passed with a majority of 71 [1.14].", S1, "S"),  # 312 - 241
("A total of 553 votes were cast on the motion [1.14].", S1, "S"),  # 312 + 241
("The Speaker called the Fisheries Minister to open the debate on next year's North Sea cod quota [1.1].", S1, "S"),  # paraphrase
("The debate concerned next year's North Sea cod quota [1.1].", S1, "S"),  # generalisation
("Holloway said the £18 million support package would run over two years [1.4].", S1, "S"),  # paraphrase
("Holloway set out a proposed 12% cut in the cod quota and confirmed a 3% rise in the haddock quota [1.2, 1.7].", S1, "S"),  # merge
("The ayes won the vote by 312 to 241 [1.14].", S1, "S"),  # paraphrase
("The government wants to reduce next year's cod quota by 12% [1.2].", S1, "S"),  # proposes = wants
("MacLean argued that the cut would devastate Peterhead and Fraserburgh communities, and said the minister should be ashamed [1.5].", S1, "S"),  # reordering
("Holloway said the department's assessment put potential job losses at 350 to 600 [1.8, 1.9].", S1, "S"),  # merge; assessment = impact assessment of job losses
("Holloway said the haddock quota would go up by 3%, in line with scientific advice [1.7].", S1, "S"),  # synonym
("According to Holloway, scientists warned spawning stocks had fallen to their lowest since 2006 [1.3].", S1, "S"),  # reordering
("Holloway said the government proposed to cut the cod quota by 21% next year [1.2].", S1, "R"),  # 12%
("Holloway said the government proposed to cut the haddock quota by 12% next year [1.2].", S1, "R"),  # cod, not haddock
("Holloway said the government proposed to cut the cod quota by 12% this year [1.2].", S1, "R"),  # next year
("Holloway said the cod cut followed advice from the Marine Conservation Society [1.2].", S1, "R"),  # ICES, not MCS
("Holloway said spawning stocks had fallen to their lowest level since 2016 [1.3].", S1, "R"),  # 2006
("Holloway said spawning stocks had risen to their highest level since 2006 [1.3].", S1, "R"),  # antonym
("Holloway said spawning stocks had fallen to their lowest level on record [1.3].", S1, "R"),  # scope widened: since 2006
("MacLean said scientists had warned that spawning stocks had fallen to their lowest level since 2006 [1.3].", S1, "R"),  # wrong speaker: Holloway
("Holloway promised £18 million in transition support over three years [1.4].", S1, "R"),  # two years
("Holloway promised £80 million in transition support to affected fleets [1.4].", S1, "R"),  # £18 million
("Holloway promised £18 million in transition support to affected ports [1.4].", S1, "R"),  # fleets, not ports
("Okonjo said the cut would devastate communities in Peterhead and Fraserburgh [1.5].", S1, "R"),  # wrong speaker: MacLean
("MacLean said the cut would devastate communities in Peterhead and Aberdeen [1.5].", S1, "R"),  # Fraserburgh
("MacLean asked whether the haddock quota would fall by 3% [1.6].", S1, "R"),  # rise
("Holloway confirmed that the haddock quota would rise by 3%, far below what the industry asked for [1.7].", S1, "R"),  # 'far below' is MacLean's claim in uncited 1.6
("Holloway denied that the haddock quota would rise by only 3% [1.7].", S1, "R"),  # he confirmed it
("Holloway said the 3% haddock rise went beyond the scientific advice [1.7].", S1, "R"),  # in line with
("Okonjo asked whether the impact assessment predicted the loss of up to 800 jobs [1.8].", S1, "R"),  # 600
("Holloway said the assessment gave a range of 350 to 650 jobs [1.9].", S1, "R"),  # 600
("Holloway said the support package would protect all of the jobs at risk [1.9].", S1, "R"),  # as many as possible; also designed to
("Holloway said the quota would be reviewed in June whatever the survey data showed [1.10].", S1, "R"),  # condition dropped
("Holloway said the quota would be reviewed in July if the stock was recovering [1.10].", S1, "R"),  # June
("Holloway said the quota would be reviewed in June because the stock was recovering [1.10].", S1, "R"),  # conditional turned into a cause/fact
("MacLean said fishermen in her constituency had welcomed the £18 million [1.11].", S1, "R"),  # drop in the ocean; antonym
("Okonjo said fishermen in his constituency told him £18 million was a drop in the ocean [1.11].", S1, "R"),  # wrong speaker: MacLean
("The Speaker told Okonjo that he had made his point [1.12].", S1, "R"),  # the honourable lady, not Okonjo
("The Speaker asked for longer interventions [1.12].", S1, "R"),  # shorter
("Okonjo said he would vote for the motion [1.13].", S1, "R"),  # against
("MacLean said she would vote against the motion because it puts quotas ahead of livelihoods [1.13].", S1, "R"),  # wrong speaker: Okonjo
("The motion was agreed by 312 votes to 214 [1.14].", S1, "R"),  # 241
("The motion was defeated by 312 votes to 241 [1.14].", S1, "R"),  # agreed to
("The noes won by 312 votes to 241 [1.14].", S1, "R"),  # role swap: ayes won
("The Speaker called the Fisheries Minister to open the debate on next year's North Sea haddock quota [1.1].", S1, "R"),  # cod
("The Speaker called the Fisheries Minister to close the debate [1.1].", S1, "R"),  # open
("Holloway said the £18 million package was designed to protect as many jobs as possible [1.4].", S1, "R"),  # wrong citation: design stated in 1.9
("The motion was agreed by 312 votes to 241, with Okonjo voting against [1.14].", S1, "R"),  # Okonjo's vote not in 1.14
("Holloway proposed a 12% cut to the cod quota and said scientists had warned that spawning stocks were at their lowest level since 2006 [1.2-3].", S1, "S"),  # range merge
("Holloway proposed a 12% cod cut and £18 million of transition support over three years [1.2-4].", S1, "R"),  # two years, not three
]
