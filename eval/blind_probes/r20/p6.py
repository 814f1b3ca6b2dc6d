# Domain: a supermarket price war
S1 = " ".join([
    "Britain's largest supermarket, Tesco, said on Monday it would cut the prices of 350 everyday products by an average of 12%, escalating a price war with discount chains Aldi and Lidl.",
    "The reductions, which include milk, bread, pasta and nappies, will take effect from 1 March and are expected to cost the company about £200m this year.",
    "Chief executive Ken Murphy said shoppers were \"still feeling the squeeze\" despite inflation falling to 3% in January.",
    "Within hours, Aldi responded by saying it would match any Tesco price cut on comparable own-label products.",
    "Shares in Tesco fell 6% on the news, while Sainsbury's shares dropped 9% amid concerns that it would be forced to follow.",
    "Analysts at Barclays estimated that the price war could reduce operating profits across the sector by as much as £500m over the next year.",
    "Tesco's market share stood at 27% in the 12 weeks to January, according to research firm Kantar, while Aldi's rose to 10%.",
])
S2 = " ".join([
    "Sainsbury's said on Tuesday it had no plans to announce further price cuts but would \"keep a close eye\" on the market.",
    "The company has already invested £150m in lower prices since last September, its finance director, Claire Hollis, told investors.",
    "Lidl, which has around 960 stores in Britain, said it planned to open 40 new shops this year and would not be beaten on price.",
    "The National Farmers' Union warned that suppliers, particularly dairy farmers, could be squeezed as retailers sought to protect their margins.",
    "Its president, Tom Bradshaw, said milk prices paid to farmers had already fallen by 2p a litre since December.",
    "Consumer group Fairbasket said the cuts were welcome but noted that many of the same products had risen by more than 25% over the past two years.",
    "Previous price wars, in 2014 and 2017, lasted roughly 18 months and led to hundreds of store closures across the industry.",
])
PROBES = [
("Tesco announced on Monday that it would lower prices on 350 everyday items by an average of 12% [1.1].", S1, "S"),  # synonyms
("Tesco's move steps up a price war with Aldi and Lidl [1.1].", S1, "S"),  # escalating -> steps up
("Tesco is Britain's biggest supermarket [1.1].", S1, "S"),  # compression
("The price cuts, covering goods such as milk, bread and nappies, start on 1 March [1.2].", S1, "S"),  # compression
("Tesco's price cuts are expected to cost it roughly 200 million pounds this year [1.1][1.2].", S1, "S"),  # company resolved, number rewritten
("Ken Murphy said shoppers were still feeling the squeeze even though inflation fell to 3% in January [1.3].", S1, "S"),  # despite -> even though
("Aldi pledged within hours to match any Tesco price cut on comparable own-label goods [1.4].", S1, "S"),  # reword
("Tesco's shares dropped 6% on the announcement [1.5].", S1, "S"),  # synonym
("Sainsbury's shares fell 9% amid fears it would have to follow suit [1.5].", S1, "S"),  # reword
("Barclays analysts said sector operating profits could fall by up to £500m over the coming year because of the price war [1.6].", S1, "S"),  # voice change, hedge kept
("Kantar data showed Tesco held 27% of the market in the 12 weeks to January [1.7].", S1, "S"),  # reword
("Aldi's market share increased to 10%, according to Kantar [1.7].", S1, "S"),  # rose -> increased
("Sainsbury's shares fell further than Tesco's on the news [1.5].", S1, "S"),  # comparison 9 vs 6
("Sainsbury's said it was not planning further price cuts but would keep a close eye on the market [2.1].", S2, "S"),  # reword
("Claire Hollis told investors that Sainsbury's had put £150m into lower prices since last September [2.1][2.2].", S2, "S"),  # company resolved
("Lidl, with around 960 British stores, plans to open 40 more this year [2.3].", S2, "S"),  # compression
("Lidl said it would not be beaten on price [2.3].", S2, "S"),  # compression
("The NFU warned that suppliers, especially dairy farmers, could be squeezed as retailers protect their margins [2.4].", S2, "S"),  # synonym, hedge kept
("The farmers' union president, Tom Bradshaw, said milk prices paid to farmers had already dropped 2p a litre since December [2.4][2.5].", S2, "S"),  # pronoun resolved
("Fairbasket welcomed the price cuts [2.6].", S2, "S"),  # compression
("Fairbasket pointed out that many of the products had gone up by over a quarter in the last two years [2.6].", S2, "S"),  # 25% -> a quarter
("The price wars of 2014 and 2017 each lasted about a year and a half [2.7].", S2, "S"),  # 18 months rewritten
("Past price wars led to hundreds of store closures across the industry [2.7].", S2, "S"),  # compression
("After Tesco said it would cut prices on 350 products, Aldi promised to match its cuts on comparable own-label lines [1.1][1.4].", S1, "S"),  # merge, order as stated
("Tesco's 27% market share was almost three times Aldi's 10% [1.7].", S1, "S"),  # arithmetic comparison
("Tesco said on Monday it would cut the prices of 530 everyday products [1.1].", S1, "R"),  # digits swapped
("Tesco said it would cut the price of every product by 12% [1.1].", S1, "R"),  # scope; average dropped
("Tesco said on Tuesday it would cut prices on 350 products [1.1].", S1, "R"),  # day changed
("Tesco's price reductions take effect from 1 May [1.2].", S1, "R"),  # date changed
("The cuts are expected to cost Tesco about £200m a month [1.1][1.2].", S1, "R"),  # unit changed
("Ken Murphy said inflation had risen to 3% in January [1.3].", S1, "R"),  # direction reversed
("Lidl responded within hours by saying it would match any Tesco price cut [1.4].", S1, "R"),  # Aldi -> Lidl
("Aldi said it would match every Tesco price cut across all products [1.4].", S1, "R"),  # scope widened
("Shares in Tesco rose 6% on the news [1.5].", S1, "R"),  # direction reversed
("Sainsbury's was forced to follow Tesco's price cuts [1.5].", S1, "R"),  # concern -> fact
("Barclays analysts said the price war would reduce sector operating profits by £500m [1.6].", S1, "R"),  # could/as much as -> would
("Barclays estimated that sector profits could fall by as much as £500m over five years [1.6].", S1, "R"),  # period changed
("Aldi's market share fell to 10% [1.7].", S1, "R"),  # direction reversed
("Tesco's 27% market share figure came from Barclays [1.7].", S1, "R"),  # source changed
("Sainsbury's said on Tuesday it would announce further price cuts [2.1].", S2, "R"),  # negation dropped
("Sainsbury's has invested £150m in lower prices since last December [2.1][2.2].", S2, "R"),  # month changed
("Sainsbury's chief executive told investors it had invested £150m in lower prices [2.2].", S2, "R"),  # role changed
("Lidl said it planned to close 40 shops this year [2.3].", S2, "R"),  # antonym
("Lidl has around 690 stores in Britain [2.3].", S2, "R"),  # digits swapped
("The NFU said dairy farmers would be squeezed by the price war [2.4].", S2, "R"),  # could -> would
("Tom Bradshaw said milk prices paid to farmers had fallen by 2p a litre since January [2.5].", S2, "R"),  # month changed
("Tom Bradshaw said Tesco's price cuts had caused milk prices paid to farmers to fall [2.5].", S2, "R"),  # invented cause
("Fairbasket said the cuts were unwelcome [2.6].", S2, "R"),  # antonym
("Fairbasket said all the products had risen by more than 25% over the past two years [2.6].", S2, "R"),  # many -> all
("Previous price wars in 2014 and 2017 led to hundreds of supermarket bankruptcies [2.7].", S2, "R"),  # closures -> bankruptcies
("Ken Murphy said the price war could last about 18 months [1.3][2.7].", S1, "R"),  # wrong speaker
("Aldi said it would match Tesco's cuts and open 40 new shops this year [1.4].", S1, "R"),  # fact from uncited 2.3, wrong company
]
