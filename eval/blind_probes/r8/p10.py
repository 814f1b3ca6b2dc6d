# Multi-document briefs citing 2-3 documents
# Brief A: port strike (wire report, union statement, company statement)
A1 = ("Dockworkers at the port of Severn walked off the job on Monday after talks over a new contract broke down late on Sunday. "
      "The strike, the first at the port since 2016, halted the loading of about 40 ships. "
      "The Maritime Workers Union is demanding a 9 percent pay rise over two years and limits on automated cranes. "
      "Severn Port Authority said it had offered 6 percent.")
A2 = ("The Maritime Workers Union said on Tuesday that its 3,200 members at Severn would stay out until the port authority returned to the table. "
      "Union president Gloria Nunez said automation had already cost 400 jobs since 2021. "
      "The union said it had not ruled out extending the action to the neighbouring port of Calder.")
A3 = ("Severn Port Authority said on Tuesday that it remained open to talks and had asked a government mediator to intervene. "
      "The authority said the strike was costing the regional economy about 25 million dollars a day. "
      "Chief executive Martin Voll said no automated cranes would be installed before 2028.")
# Brief B: drug shortage (regulator notice, hospital group, manufacturer)
B1 = ("The national medicines regulator warned on Wednesday of a shortage of the antibiotic amoxicillin in children's liquid form, expected to last until at least March. "
      "The regulator said supplies of tablets and capsules were not affected. "
      "Pharmacists have been allowed to substitute other antibiotics without a new prescription.")
B2 = ("The Northern Hospitals Group said it had seen a 30 percent rise in children admitted with strep infections since October. "
      "Its medical director, Dr Omar Said, said the shortage had not yet affected hospital care but that GPs were struggling.")
B3 = ("Kelmar Pharma, the country's largest maker of liquid amoxicillin, said a fault at its plant in Leeds had cut output by half. "
      "The company said repairs would take about eight weeks. "
      "Kelmar said it was importing supplies from its factory in Poland to make up part of the gap.")
# Brief C: heatwave and power (weather service, grid operator)
C1 = ("The weather service issued an extreme heat warning for the capital on Thursday, with highs of 41 degrees forecast for Saturday and Sunday. "
      "It said night-time temperatures would stay above 28 degrees in the city centre. "
      "The warning is the first of its kind since 2019.")
C2 = ("The grid operator asked households to cut electricity use between 5 p.m. and 9 p.m. on Saturday to avoid rolling blackouts. "
      "Demand hit a record 14.2 gigawatts on Wednesday afternoon, the operator said. "
      "It said two gas-fired plants were offline for maintenance.")
PROBES = [
    # --- supported
    ("Severn dockworkers walked off the job on Monday after contract talks broke down, halting the loading of about 40 ships [1.1][1.2].", [A1, A2, A3], "S"),
    ("The union is demanding a 9 percent pay rise over two years, while the port authority has offered 6 percent [1.3][1.4].", [A1, A2, A3], "S"),
    ("The union said its 3,200 members would stay out until the port authority returned to the table [2.1].", [A1, A2, A3], "S"),
    ("Union president Gloria Nunez said automation had cost 400 jobs since 2021, while port chief executive Martin Voll said no automated cranes would be installed before 2028 [2.2][3.3].", [A1, A2, A3], "S"),
    ("The port authority said it had asked a government mediator to intervene [3.1].", [A1, A2, A3], "S"),
    ("The authority estimated that the strike was costing the regional economy about $25 million a day [3.2].", [A1, A2, A3], "S"),
    ("The union said it had not ruled out extending the strike to the nearby port of Calder [2.3].", [A1, A2, A3], "S"),
    ("It is the first strike at the port since 2016 [1.2].", [A1, A2, A3], "S"),
    ("The regulator warned on Wednesday of a shortage of liquid amoxicillin for children that is expected to last until at least March [1.1].", [B1, B2, B3], "S"),
    ("Tablets and capsules are not affected, the regulator said [1.2].", [B1, B2, B3], "S"),
    ("Pharmacists may substitute other antibiotics without a new prescription [1.3].", [B1, B2, B3], "S"),
    ("The Northern Hospitals Group reported a 30 percent rise in children admitted with strep infections since October [2.1].", [B1, B2, B3], "S"),
    ("Dr Omar Said said the shortage had not yet affected hospital care but that GPs were struggling [2.2].", [B1, B2, B3], "S"),
    ("Kelmar Pharma, the country's largest maker of liquid amoxicillin, said a fault at its Leeds plant had halved output and that repairs would take about eight weeks [3.1][3.2].", [B1, B2, B3], "S"),
    ("Kelmar said it was importing supplies from its Polish factory to make up part of the gap [3.3].", [B1, B2, B3], "S"),
    ("The weather service issued an extreme heat warning for the capital on Thursday, forecasting highs of 41 degrees on Saturday and Sunday [1.1].", [C1, C2], "S"),
    ("Night-time temperatures in the city centre will stay above 28 degrees, the weather service said [1.2].", [C1, C2], "S"),
    ("It is the first such warning since 2019 [1.3].", [C1, C2], "S"),
    ("The grid operator asked households to reduce electricity use between 5 p.m. and 9 p.m. on Saturday to avoid rolling blackouts [2.1].", [C1, C2], "S"),
    ("Electricity demand reached a record 14.2 gigawatts on Wednesday afternoon, the grid operator said [2.2].", [C1, C2], "S"),
    ("Two gas-fired plants were offline for maintenance, the operator said [2.3].", [C1, C2], "S"),
    ("The grid operator asked households to cut electricity use on Saturday evening, a day for which highs of 41 degrees were forecast [1.1][2.1].", [C1, C2], "S"),
    # --- unsupported
    # strike began Monday; claim says Tuesday (pooled from A2/A3 statement day)
    ("Severn dockworkers walked off the job on Tuesday [1.1][2.1].", [A1, A2, A3], "R"),
    # 9% over two years -> 9% a year
    ("The union is demanding a 9 percent annual pay rise [1.3].", [A1, A2, A3], "R"),
    # Voll said no cranes before 2028 -> Nunez said
    ("Gloria Nunez said no automated cranes would be installed before 2028 [2.2][3.3].", [A1, A2, A3], "R"),
    # authority said costing -> union said
    ("The union said the strike was costing the regional economy about 25 million dollars a day [2.1][3.2].", [A1, A2, A3], "R"),
    # not ruled out extending -> has extended
    ("The union has extended the strike to the neighbouring port of Calder [2.3].", [A1, A2, A3], "R"),
    # asked mediator -> mediator has intervened
    ("A government mediator has intervened in the dispute [3.1].", [A1, A2, A3], "R"),
    # 3,200 members -> 3,200 members across the country
    ("The union's 3,200 members nationwide are on strike [2.1].", [A1, A2, A3], "R"),
    # automation cost 400 jobs since 2021 -> since 2016 (pooled)
    ("Gloria Nunez said automation had cost 400 jobs since 2016 [1.2][2.2].", [A1, A2, A3], "R"),
    # invented cause: talks broke down because of automated cranes
    ("Talks broke down because the port authority refused limits on automated cranes [1.1][1.3].", [A1, A2, A3], "R"),
    # offered 6 -> union offered 6 (role swap)
    ("The union has offered to accept 6 percent [1.4].", [A1, A2, A3], "R"),
    # last until at least March -> last until March
    ("The shortage is expected to end in March [1.1].", [B1, B2, B3], "R"),
    # tablets not affected -> tablets also in short supply
    ("Supplies of amoxicillin tablets and capsules are also running short [1.2].", [B1, B2, B3], "R"),
    # 30 percent rise -> caused by the shortage (invented cause)
    ("The shortage has led to a 30 percent rise in children admitted with strep infections [1.1][2.1].", [B1, B2, B3], "R"),
    # not yet affected hospital care -> had affected
    ("Dr Omar Said said the shortage had affected hospital care [2.2].", [B1, B2, B3], "R"),
    # largest maker -> only maker
    ("Kelmar Pharma is the only maker of liquid amoxicillin in the country [3.1].", [B1, B2, B3], "R"),
    # cut output by half -> cut output by a third
    ("A fault at Kelmar's Leeds plant cut output by a third [3.1].", [B1, B2, B3], "R"),
    # about eight weeks -> eight months
    ("Kelmar said repairs would take about eight months [3.2].", [B1, B2, B3], "R"),
    # importing from Poland to make up part -> the whole gap
    ("Kelmar said imports from Poland would fully make up the gap [3.3].", [B1, B2, B3], "R"),
    # regulator allowed substitution -> Kelmar allowed / speaker
    ("Kelmar said pharmacists could substitute other antibiotics without a new prescription [1.3][3.3].", [B1, B2, B3], "R"),
    # plant in Leeds, factory in Poland swapped
    ("A fault at Kelmar's plant in Poland had cut output by half [3.1][3.3].", [B1, B2, B3], "R"),
    # highs of 41 Saturday and Sunday -> night-time 41
    ("Night-time temperatures in the city centre were forecast to stay above 41 degrees [1.1][1.2].", [C1, C2], "R"),
    # first since 2019 -> first ever
    ("The extreme heat warning is the first ever issued for the capital [1.3].", [C1, C2], "R"),
    # demand record Wednesday -> Thursday
    ("Electricity demand hit a record 14.2 gigawatts on Thursday afternoon [1.1][2.2].", [C1, C2], "R"),
    # asked to cut 5-9 pm -> ordered
    ("The grid operator ordered households to cut electricity use between 5 p.m. and 9 p.m. on Saturday [2.1].", [C1, C2], "R"),
    # two gas-fired plants offline for maintenance -> shut by the heat (cause)
    ("Two gas-fired plants went offline because of the heat [2.3].", [C1, C2], "R"),
    # to avoid rolling blackouts -> rolling blackouts occurred
    ("Rolling blackouts hit the capital on Saturday [2.1].", [C1, C2], "R"),
]
