# Domain: a public planning inquiry into a proposed new reservoir
S1 = " ".join([
    "A public planning inquiry into a proposed reservoir at Hessington Vale opened on Tuesday at Marlow Hall in Abbotsbridge.",
    "Southfield Water wants to build the reservoir to supply an extra 90 million litres of water a day by 2036.",
    "The scheme would flood about 480 hectares of farmland and require the demolition of 11 homes.",
    "The company estimates the project will cost 1.4 billion pounds, which it says will be funded partly through customer bills.",
    "Planning inspector Judith Kaye will hear evidence over six weeks before making a recommendation to the environment secretary.",
    "The final decision rests with the environment secretary, who is not bound by the inspector's recommendation.",
    "Opening the company's case, barrister Oliver Pryce KC said the region faced \"a serious and growing shortfall\" in water supply.",
    "He told the inquiry that demand in the area was forecast to rise by 15% by 2040.",
    "The campaign group Save Hessington Vale says the reservoir would destroy ancient woodland and a site used by rare nesting birds.",
    "Its chair, Margaret Oduya, said the company should fix leaks before building new reservoirs.",
    "Southfield Water lost about 190 million litres a day through leaks last year, according to the industry regulator.",
    "The Environment Agency has said it does not object to the scheme in principle.",
    "About 300 people attended the first day, and the inquiry is due to resume on Thursday.",
])
PROBES = [
("The planning inquiry into a reservoir proposed for Hessington Vale began on Tuesday [1.1].", S1, "S"),  # opened = began
("The inquiry opened at Marlow Hall in Abbotsbridge [1.1].", S1, "S"),  # dropped detail
("Southfield Water aims for the reservoir to supply an additional 90 million litres a day by 2036 [1.2].", S1, "S"),  # wants = aims
("The reservoir is intended to provide 90 million extra litres of water daily [1.2].", S1, "S"),  # a day = daily
("Around 480 hectares of farmland would be flooded under the scheme [1.3].", S1, "S"),  # passive
("The scheme would require 11 homes to be knocked down [1.3].", S1, "S"),  # demolition = knocked down
("Southfield Water puts the cost of the project at £1.4bn [1.4].", S1, "S"),  # number format
("The company says customer bills will partly pay for the scheme [1.4].", S1, "S"),  # paraphrase
("The project, which Southfield Water estimates will cost 1.4 billion pounds, would flood about 480 hectares of farmland [1.3, 1.4].", S1, "S"),  # merge
("Judith Kaye, the planning inspector, will spend six weeks hearing evidence [1.5].", S1, "S"),  # paraphrase
("The inspector will make a recommendation to the environment secretary after hearing evidence [1.5].", S1, "S"),  # reorder
("The environment secretary will make the final decision and does not have to follow the inspector's recommendation [1.6].", S1, "S"),  # not bound = does not have to follow
("The inspector's recommendation is not binding on the environment secretary [1.6].", S1, "S"),  # nominalised
("The inspector will hear six weeks of evidence and make a recommendation, but the environment secretary will take the final decision [1.5-6].", S1, "S"),  # range merge
("Oliver Pryce KC, opening for Southfield Water, said the region faced \"a serious and growing shortfall\" in water supply [1.2, 1.7].", S1, "S"),  # 'the company' = Southfield Water
("A barrister for the company argued that the region's water supply shortfall was serious and growing [1.7].", S1, "S"),  # paraphrase
("Pryce told the inquiry demand in the area was expected to increase by 15% by 2040 [1.7, 1.8].", S1, "S"),  # forecast = expected
("Demand in the area is forecast to grow by 15% by 2040, the inquiry was told [1.8].", S1, "S"),  # passive
("Save Hessington Vale says ancient woodland would be destroyed by the reservoir [1.9].", S1, "S"),  # passive
("Campaigners argue the scheme would destroy a site used by rare nesting birds [1.9].", S1, "S"),  # generalisation
("Margaret Oduya, who chairs Save Hessington Vale, said the company should repair leaks before it builds new reservoirs [1.9, 1.10].", S1, "S"),  # 'its chair' resolved
("According to the industry regulator, Southfield Water lost around 190 million litres a day to leaks last year [1.11].", S1, "S"),  # reorder
("Southfield Water's daily leakage last year was more than twice the extra supply the reservoir is intended to provide [1.2, 1.11].", S1, "S"),  # 190 > 2 x 90
("The Environment Agency has said it has no objection in principle to the scheme [1.12].", S1, "S"),  # paraphrase
("The Environment Agency has not objected to the scheme in principle [1.12].", S1, "S"),  # paraphrase
("Around 300 people attended on the opening day [1.13].", S1, "S"),  # first = opening
("Hundreds of people attended the first day of the inquiry [1.13].", S1, "S"),  # 300 = hundreds
("The inquiry is scheduled to resume on Thursday [1.13].", S1, "S"),  # due = scheduled
("The inquiry will resume two days after it opened [1.1, 1.13].", S1, "S"),  # Tuesday -> Thursday
("The scheme would flood about 480 hectares of farmland and require the demolition of 11 homes. [1.3]", S1, "S"),  # verbatim, end citation
("Eleven homes would be demolished to make way for the reservoir [1.3].", S1, "S"),  # number format, paraphrase
("The inquiry opened on Wednesday at Marlow Hall in Abbotsbridge [1.1].", S1, "R"),  # Tuesday -> Wednesday
("The inquiry opened at Abbotsbridge Hall in Marlow [1.1].", S1, "R"),  # place names swapped
("Southfield Water wants the reservoir to supply an extra 90 million litres of water a day by 2040 [1.2].", S1, "R"),  # 2036 -> 2040
("Southfield Water wants the reservoir to supply an extra 900 million litres of water a day [1.2].", S1, "R"),  # 90 -> 900
("It would be the largest reservoir built in England this century [1.2].", S1, "R"),  # invented superlative
("The reservoir is needed because Southfield Water loses 190 million litres a day through leaks [1.2, 1.11].", S1, "R"),  # invented cause
("Southfield Water's leakage last year was more than three times the extra supply the reservoir would provide [1.2, 1.11].", S1, "R"),  # 190 < 3 x 90
("The scheme would flood about 480 hectares of woodland [1.3].", S1, "R"),  # farmland -> woodland
("The scheme would require the demolition of 18 homes [1.3].", S1, "R"),  # 11 -> 18
("The 11 homes to be demolished are all owned by Southfield Water [1.3].", S1, "R"),  # added detail
("The scheme would flood about 480 hectares of farmland and destroy ancient woodland [1.3].", S1, "R"),  # campaigners' claim from uncited 1.9 stated as fact
("The scheme would flood about 480 hectares of farmland [1.2].", S1, "R"),  # wrong citation: fact is in 1.3
("The company estimates the project will cost 1.4 billion pounds, to be funded entirely through customer bills [1.4].", S1, "R"),  # partly -> entirely
("The industry regulator estimates the project will cost 1.4 billion pounds [1.4].", S1, "R"),  # estimate is the company's
("The company estimates the project will cost 4.1 billion pounds [1.4].", S1, "R"),  # 1.4 -> 4.1
("Planning inspector Judith Kaye will hear evidence over six weeks before making the final decision [1.5].", S1, "R"),  # recommendation, not decision
("Planning inspector Judith Kaye will hear evidence over four weeks [1.5].", S1, "R"),  # six -> four
("Planning inspector Judith Kaye will hear evidence over six weeks before making a recommendation to the prime minister [1.5].", S1, "R"),  # environment secretary -> prime minister
("The environment secretary is bound by the inspector's recommendation [1.6].", S1, "R"),  # negation flipped
("The environment secretary has already approved the scheme [1.6].", S1, "R"),  # invented decision
("Margaret Oduya said the region faced \"a serious and growing shortfall\" in water supply [1.7].", S1, "R"),  # wrong speaker: Pryce
("Pryce said the region faced \"a serious and sudden shortfall\" in water supply [1.7].", S1, "R"),  # altered quote
("Pryce told the inquiry that demand in the area would rise by 15% by 2040 [1.7, 1.8].", S1, "R"),  # hedge dropped: forecast -> would
("Pryce told the inquiry that demand in the area was forecast to rise by 15% by 2036 [1.7, 1.8].", S1, "R"),  # 2040 -> 2036
("Pryce told the inquiry that demand in the area was forecast to rise by 50% by 2040 [1.7, 1.8].", S1, "R"),  # 15% -> 50%
("Save Hessington Vale says the reservoir would destroy ancient woodland and a site used by rare bats [1.9].", S1, "R"),  # nesting birds -> bats
("The Environment Agency says the reservoir would destroy ancient woodland [1.9].", S1, "R"),  # wrong attribution
("Margaret Oduya said the company should build new reservoirs before fixing leaks [1.10].", S1, "R"),  # order reversed
("Margaret Oduya said the reservoir would destroy ancient woodland and that Southfield Water had lost 190 million litres a day through leaks [1.9-10].", S1, "R"),  # leak figure from uncited 1.11
("Southfield Water lost about 190 million litres a week through leaks last year [1.11].", S1, "R"),  # a day -> a week
("Southfield Water lost about 190 million litres a day through leaks last year, according to the Environment Agency [1.11].", S1, "R"),  # industry regulator -> Environment Agency
("Southfield Water admitted losing about 190 million litres a day through leaks last year [1.11].", S1, "R"),  # invented admission
("The Environment Agency has said it objects to the scheme [1.12].", S1, "R"),  # antonym
("The Environment Agency has said it fully supports the scheme [1.12].", S1, "R"),  # no objection in principle -> full support
("About 3,000 people attended the first day of the inquiry [1.13].", S1, "R"),  # 300 -> 3,000
("The inquiry is due to resume on Friday [1.13].", S1, "R"),  # Thursday -> Friday
("The inquiry will resume three days after it opened [1.1, 1.13].", S1, "R"),  # Tuesday -> Thursday is two days
]
