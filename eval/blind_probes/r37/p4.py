# Domain: planning appeal for a wind farm
S1 = " ".join([
    "A government planning inspector has overturned a council's refusal of a 12-turbine wind farm on moorland near the village of Threlfield, in a decision published on Wednesday.",
    "Inspector Margaret Okafor ruled that the benefits of the scheme outweighed the harm it would cause to the landscape.",
    "North Fellside District Council had rejected the application from developer Northwind Renewables in March last year, against the advice of its own planning officers.",
    "Councillors voted 9-4 to refuse permission, citing the visual impact on a nearby area of outstanding natural beauty and the risk to nesting curlews.",
    "The turbines, each up to 149 metres tall to the blade tip, are expected to generate up to 54 megawatts, enough to power around 38,000 homes.",
    "In her 46-page report, Okafor said the scheme would cause 'moderate harm' to the character of the landscape but 'limited harm' to the protected area itself.",
    "She concluded that the effect on curlews could be reduced through a habitat management plan covering 120 hectares.",
    "The inspector did not award costs against the council, saying its decision had not been unreasonable.",
    "Northwind Renewables must begin work within three years, and the permission lasts for 35 years, after which the turbines must be removed.",
    "The developer has agreed to pay 5,000 pounds per megawatt each year into a community fund, worth about 270,000 pounds annually.",
    "Threlfield Against Turbines, a campaign group with around 600 members, said it was 'bitterly disappointed' and was considering a legal challenge in the High Court.",
    "The group's chair, retired teacher Graham Holt, said the decision 'ignores the voice of local people'.",
    "Council leader Sue Whitworth said the authority would study the report carefully before deciding on its next steps.",
    "Northwind's project director, Kieran Walsh, said the company hoped to start construction in 2026, subject to securing a grid connection.",
    "Any challenge to the decision must be lodged within six weeks of its publication.",
])
PROBES = [
("A planning inspector has reversed a council's rejection of a 12-turbine wind farm near Threlfield [1.1].", S1, "S"),  # paraphrase
("A planning inspector has upheld the council's refusal of a wind farm near Threlfield [1.1].", S1, "R"),  # overturned, not upheld
("Inspector Margaret Okafor found that the wind farm's benefits outweighed the damage to the landscape [1.2].", S1, "S"),  # paraphrase
("Okafor found that the landscape harm outweighed the scheme's benefits [1.2].", S1, "R"),  # direction reversed
("The council refused the application even though its planning officers had advised otherwise [1.3].", S1, "S"),  # 'against the advice'
("The council rejected the application on the advice of its planning officers [1.3].", S1, "R"),  # against the advice
("North Fellside District Council turned down Northwind Renewables' application in March last year [1.3].", S1, "S"),  # paraphrase
("The council rejected the application in March this year [1.3].", S1, "R"),  # last year
("By nine votes to four, councillors refused the scheme over its visual impact and the threat to nesting curlews [1.4].", S1, "S"),  # reworded
("Councillors unanimously refused the scheme [1.4].", S1, "R"),  # 9-4
("Councillors voted 9-4 in favour of the wind farm [1.4].", S1, "R"),  # 9-4 to refuse
("Each turbine would reach up to 149 metres at the tip of its blades [1.5].", S1, "S"),  # paraphrase
("The turbines would be up to 149 metres tall to the hub [1.5].", S1, "R"),  # blade tip
("The wind farm is expected to produce up to 54 megawatts, enough for roughly 38,000 homes [1.5].", S1, "S"),  # paraphrase
("The wind farm would generate enough electricity to power 54,000 homes [1.5].", S1, "R"),  # megawatt figure attached to homes
("Okafor's report found moderate harm to the landscape's character but only limited harm to the protected area [1.6].", S1, "S"),  # reported speech
("Okafor's report said the scheme would cause moderate harm to the area of outstanding natural beauty [1.4, 1.6].", S1, "R"),  # limited harm to protected area
("The inspector's report ran to 46 pages [1.6].", S1, "S"),  # reworded
("Okafor concluded that the impact on curlews could be mitigated by a 120-hectare habitat management plan [1.7].", S1, "S"),  # paraphrase
("Okafor concluded that the wind farm would have no effect on curlews [1.7].", S1, "R"),  # effect could be reduced
("The habitat management plan would cover 210 hectares [1.7].", S1, "R"),  # 120
("The inspector declined to award costs against the council, finding its decision was not unreasonable [1.8].", S1, "S"),  # paraphrase
("The inspector ordered the council to pay Northwind's costs [1.8].", S1, "R"),  # no costs
("Okafor said the council's decision had been unreasonable [1.8].", S1, "R"),  # negation lost
("Northwind has three years to start work, and the turbines must come down after 35 years [1.9].", S1, "S"),  # compression
("The planning permission lasts for 25 years [1.9].", S1, "R"),  # 35
("Northwind must complete construction within three years [1.9].", S1, "R"),  # begin work, not complete
("The developer will pay about 270,000 pounds a year into a community fund, calculated at 5,000 pounds per megawatt [1.10].", S1, "S"),  # reordered
("The developer will pay 5,000 pounds per turbine each year into a community fund [1.10].", S1, "R"),  # per megawatt
("The annual community payment of about 270,000 pounds reflects the wind farm's 54-megawatt capacity at 5,000 pounds per megawatt [1.5, 1.10].", S1, "S"),  # 54 x 5,000
("Campaign group Threlfield Against Turbines said it was bitterly disappointed and might take the decision to the High Court [1.11].", S1, "S"),  # considering challenge
("Threlfield Against Turbines has launched a legal challenge in the High Court [1.11].", S1, "R"),  # only considering
("Threlfield Against Turbines has about 6,000 members [1.11].", S1, "R"),  # around 600
("Graham Holt, who chairs the campaign group, said the decision ignored the views of local people [1.12].", S1, "S"),  # reported speech
("Graham Holt, a retired farmer, chairs the campaign group [1.12].", S1, "R"),  # retired teacher
("Council leader Sue Whitworth said the decision ignored the voice of local people [1.12, 1.13].", S1, "R"),  # Holt said it
("Sue Whitworth said the council would examine the report closely before deciding what to do next [1.13].", S1, "S"),  # paraphrase
("Sue Whitworth said the council would challenge the decision in the High Court [1.13].", S1, "R"),  # undecided
("Kieran Walsh, Northwind's project director, said the firm hoped to begin building in 2026 if it could secure a grid connection [1.14].", S1, "S"),  # reported speech
("Kieran Walsh said construction would start in 2026 [1.14].", S1, "R"),  # hedge dropped (hoped, subject to grid)
("Kieran Walsh said the company hoped to start construction in 2025 [1.14].", S1, "R"),  # 2026
("Any challenge must be filed within six weeks of the decision being published [1.15].", S1, "S"),  # paraphrase
("Any legal challenge by Threlfield Against Turbines would have to be lodged within six weeks of Wednesday's published decision [1.1, 1.11, 1.15].", S1, "S"),  # merge three
("Any challenge must be lodged within six months of the decision [1.15].", S1, "R"),  # six weeks
("The inspector's decision, published on Wednesday, clears the way for a wind farm on moorland near Threlfield [1.1].", S1, "S"),  # paraphrase
("The wind farm will be built on farmland near Threlfield [1.1].", S1, "R"),  # moorland
("Councillors cited the risk to nesting lapwings [1.4].", S1, "R"),  # curlews
("The visual impact councillors objected to concerned a nearby area of outstanding natural beauty [1.4].", S1, "S"),  # reworded
("Okafor found only limited harm to the area of outstanding natural beauty that councillors had cited [1.4, 1.6].", S1, "S"),  # merge; protected area = AONB
("Northwind Renewables, whose application the district council refused, has won its appeal [1.1, 1.3].", S1, "S"),  # inspector overturned refusal
("Each of the 12 turbines will generate 54 megawatts [1.1, 1.5].", S1, "R"),  # 54 MW total
("The community fund payment is a condition imposed by the inspector [1.10].", S1, "R"),  # developer agreed to pay
("The campaign group's chair is a retired teacher [1.11, 1.12].", S1, "S"),  # direct
("Okafor's report was 64 pages long [1.6].", S1, "R"),  # 46
("The turbines must be removed when the 35-year permission expires [1.9].", S1, "S"),  # paraphrase
("Threlfield Against Turbines is weighing a legal challenge, which would have to be lodged within six weeks [1.11, 1.15].", S1, "S"),  # merge
("Okafor ruled that the scheme would cause no harm to the character of the landscape [1.6].", S1, "R"),  # moderate harm
("In March last year, councillors refused the wind farm by a margin of five votes [1.3, 1.4].", S1, "S"),  # 9-4
("Kieran Walsh said construction depended on the council granting planning permission [1.14].", S1, "R"),  # subject to grid connection
("The inspector required Northwind to buy 120 hectares of land for curlews [1.7].", S1, "R"),  # habitat management plan, not purchase
("Council leader Sue Whitworth has not yet decided what the council will do next [1.13].", S1, "S"),  # implied by 'before deciding'
("Each of the 12 turbines would stand up to 149 metres tall [1.1, 1.5].", S1, "S"),  # merge
("The habitat management plan for curlews was proposed by the council [1.7].", S1, "R"),  # not stated
("The developer's community contribution is set at 5,000 pounds per megawatt per year [1.10].", S1, "S"),  # paraphrase
("Councillors had cited the risk to curlews, but the inspector concluded it could be reduced through a habitat plan [1.4, 1.7].", S1, "S"),  # merge
("The 12-turbine scheme is expected to produce enough electricity for around 38,000 homes [1.1, 1.5].", S1, "S"),  # merge
]
