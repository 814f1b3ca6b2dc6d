# Domain: a parliamentary vote on a housing bill
S1 = " ".join([
    "MPs voted by 312 to 287 on Wednesday to pass the second reading of the Affordable Homes Bill, a majority of 25.",
    "The bill would require councils in England to approve at least 300,000 new homes a year by 2029.",
    "Eighteen Conservative backbenchers rebelled against their party to support the government, while nine Labour MPs voted against it.",
    "Housing Minister Rachel Odum told the Commons the bill was \"the biggest shake-up of planning in a generation\".",
    "Opposition spokesman Martin Cale argued that the plans would strip local communities of any say over development on green belt land.",
    "The bill does not include rent controls, which several tenant groups had demanded.",
    "It will now go to committee stage, where ministers are expected to face amendments on social housing targets.",
    "Officials have privately estimated that the measures could cost the Treasury £2.4bn over five years, according to leaked documents seen by the Herald.",
])
PROBES = [
("The Affordable Homes Bill cleared its second reading on Wednesday by 312 votes to 287 [1.1].", S1, "S"),  # paraphrase
("The government won the second-reading vote on the Affordable Homes Bill with a majority of 25 [1.1].", S1, "S"),  # compression
("MPs voted by 312 to 287 on Tuesday to pass the second reading of the Affordable Homes Bill [1.1].", S1, "R"),  # weekday
("MPs voted by 312 to 278 to pass the second reading of the Affordable Homes Bill [1.1].", S1, "R"),  # 287 -> 278
("The Affordable Homes Bill has become law after MPs backed it by 312 to 287 [1.1].", S1, "R"),  # second reading != law
("Fewer than 600 MPs took part in the second-reading vote [1.1].", S1, "S"),  # 312+287=599
("Under the bill, councils in England would have to approve a minimum of 300,000 new homes annually by 2029 [1.2].", S1, "S"),  # paraphrase
("The legislation would oblige English councils to sign off at least 300,000 homes each year by the end of the decade [1.2].", S1, "R"),  # by 2029 != end of decade (2030)
("The bill would require councils in England to build at least 300,000 new homes a year by 2029 [1.2].", S1, "R"),  # approve -> build
("The bill would require councils across the UK to approve at least 300,000 new homes a year [1.2].", S1, "R"),  # England -> UK
("The bill would require councils in England to approve up to 300,000 new homes a year by 2029 [1.2].", S1, "R"),  # at least -> up to
("Eighteen Tory backbenchers defied their party and backed the government, and nine Labour MPs opposed it [1.3].", S1, "S"),  # paraphrase
("Twice as many Conservative rebels supported the government as Labour MPs voted against it [1.3].", S1, "S"),  # 18 = 2*9
("Nine Conservative backbenchers rebelled to support the government, while eighteen Labour MPs voted against it [1.3].", S1, "R"),  # numbers swapped
("Eighteen Conservative backbenchers rebelled against their party to oppose the bill [1.3].", S1, "R"),  # direction reversed
("Eighteen Conservative backbenchers supported the government, while nine Labour MPs abstained [1.3].", S1, "R"),  # voted against -> abstained
("Eighteen Conservative backbenchers rebelled to support the government, while nine Labour MPs voted against it, citing green belt concerns [1.3].", S1, "R"),  # invented reason
("Rachel Odum, the housing minister, told MPs the bill represented the greatest overhaul of planning in a generation [1.4].", S1, "S"),  # paraphrase of quote
("In the Commons, Housing Minister Rachel Odum described the legislation as the largest planning shake-up in a generation [1.4].", S1, "S"),  # paraphrase
("Housing Minister Rachel Odum told the Commons the bill was \"the biggest shake-up of planning in a century\" [1.4].", S1, "R"),  # altered quote
("Martin Cale told the Commons the bill was \"the biggest shake-up of planning in a generation\" [1.4].", S1, "R"),  # wrong speaker
("Rachel Odum, the communities secretary, hailed the bill as the biggest planning shake-up in a generation [1.4].", S1, "R"),  # wrong title
("Martin Cale, speaking for the opposition, said the proposals would take away local communities' say over green belt development [1.5].", S1, "S"),  # paraphrase
("The opposition's Martin Cale claimed communities would lose all influence over building on the green belt under the plans [1.5].", S1, "S"),  # any say -> all influence
("Martin Cale argued that the plans would give local communities more say over development on green belt land [1.5].", S1, "R"),  # reversed
("Martin Cale proved that the plans would strip communities of any say over green belt development [1.5].", S1, "R"),  # argued -> proved
("Rachel Odum argued that the plans would strip communities of any say over green belt development [1.5].", S1, "R"),  # wrong speaker
("Martin Cale argued that the plans would lead to the loss of 50,000 acres of green belt [1.5].", S1, "R"),  # invented figure
("Rent controls, called for by a number of tenant groups, are not part of the bill [1.6].", S1, "S"),  # paraphrase
("The legislation leaves out rent controls despite demands from several tenants' organisations [1.6].", S1, "S"),  # paraphrase
("The bill includes rent controls, which several tenant groups had demanded [1.6].", S1, "R"),  # negation dropped
("The bill does not include rent controls, which all tenant groups had demanded [1.6].", S1, "R"),  # several -> all
("The bill does not include rent controls, which the government said would reduce housing supply [1.6].", S1, "R"),  # invented reason
("The bill moves next to committee stage, where ministers will probably face amendments on social housing targets [1.7].", S1, "S"),  # expected -> probably
("At committee stage, amendments on social housing targets are expected to be tabled against ministers [1.7].", S1, "S"),  # paraphrase
("The bill will now go to committee stage, where ministers will face amendments on social housing targets [1.7].", S1, "R"),  # hedge dropped
("At committee stage ministers are expected to face amendments on rent control [1.7].", S1, "R"),  # topic swapped
("The bill went to committee stage last month [1.7].", S1, "R"),  # tense/time invented
("Leaked documents seen by the Herald suggest officials privately think the measures could cost the Treasury £2.4bn over five years [1.8].", S1, "S"),  # paraphrase hedge
("According to leaked papers seen by the Herald, officials privately estimate a possible £2.4bn cost to the Treasury over half a decade [1.8].", S1, "S"),  # five years = half a decade
("Officials have publicly estimated that the measures could cost the Treasury £2.4bn over five years [1.8].", S1, "R"),  # privately -> publicly
("Officials estimate that the measures will cost the Treasury £2.4bn over five years [1.8].", S1, "R"),  # could -> will
("Officials have privately estimated that the measures could cost the Treasury £2.4bn a year [1.8].", S1, "R"),  # over five years -> a year
("Officials have privately estimated that the measures could save the Treasury £2.4bn over five years [1.8].", S1, "R"),  # cost -> save
("Officials estimated the measures could cost £2.4bn over five years, according to documents released by the Treasury [1.8].", S1, "R"),  # leaked to Herald -> released by Treasury
("Helped by 18 Conservative rebels, the bill passed its second reading by 312 votes to 287 [1.1, 1.3].", S1, "S"),  # merge
("Without the 18 Conservative rebels, the government would have lost the vote [1.1, 1.3].", S1, "R"),  # counterfactual: 312-18=294 vs 287+18=305 if they voted against; if merely absent 294>287 wins -> not supported
("The bill, which would require 300,000 new homes a year to be approved by 2029, passed its second reading on Wednesday [1.1, 1.2].", S1, "S"),  # merge
("Odum called the bill the biggest planning shake-up in a generation, while Cale said it would deprive communities of a say on green belt building [1.4, 1.5].", S1, "S"),  # merge
("The bill omits rent controls and heads to committee stage, where amendments on social housing targets are expected [1.6, 1.7].", S1, "S"),  # merge
("The bill omits rent controls, and ministers are expected to face amendments on them at committee stage [1.6, 1.7].", S1, "R"),  # amendments on social housing, not rent controls
("MPs backed the bill by a majority of 25, although its estimated £2.4bn cost was published by the Treasury [1.1, 1.8].", S1, "R"),  # leaked, not published by Treasury

("A 25-vote majority saw the Affordable Homes Bill through its second reading in the Commons vote on Wednesday [1.1].", S1, "S"),  # paraphrase (MPs -> Commons)
("287 MPs voted against the Affordable Homes Bill at second reading [1.1].", S1, "S"),  # derived
("English councils would be required to give the go-ahead to no fewer than 300,000 homes a year by 2029 under the bill [1.2].", S1, "S"),  # paraphrase
("Nine Labour MPs voted against the government [1.3].", S1, "S"),  # near-copy
("The government was backed by 18 rebel Conservative backbenchers [1.3].", S1, "S"),  # passive
("Odum said the bill amounted to the most significant planning reform in a generation [1.4].", S1, "S"),  # paraphrase of quote
("Cale, the opposition spokesman, warned that the plans would remove local communities' say over green belt development [1.5].", S1, "S"),  # argued -> warned acceptable
("Several tenant groups had pushed for rent controls, but they are absent from the bill [1.6].", S1, "S"),  # reorder
("Ministers are likely to confront amendments on social housing targets when the bill reaches committee stage [1.7].", S1, "S"),  # hedge kept
("The Herald has seen leaked documents in which officials put the possible five-year cost to the Treasury at £2.4bn [1.8].", S1, "S"),  # paraphrase
("The officials' £2.4bn estimate, covering five years, was made privately and has emerged in leaked documents seen by the Herald [1.8].", S1, "S"),  # paraphrase
("A bill that would oblige councils in England to approve 300,000 or more homes a year by 2029 won MPs' backing with 18 Conservative rebels in support [1.2, 1.3].", S1, "S"),  # merge
("The bill, which excludes rent controls, could cost the Treasury £2.4bn over five years, officials privately estimate according to leaked papers [1.6, 1.8].", S1, "S"),  # merge
]
