# council / school-board minutes
K1 = ("Minutes of the Ashford Parish Council meeting held on 12 March. "
      "Present: Cllr J. Patel (chair), Cllr M. Doyle, Cllr S. Evans, Cllr R. Khan. "
      "Apologies were received from Cllr T. Lowe. "
      "The council resolved to accept the quote of £4,850 from GreenWay Ltd for resurfacing the car park at the village hall. "
      "Proposed by Cllr Doyle, seconded by Cllr Evans; carried 3-1, Cllr Khan voting against. "
      "Cllr Khan asked that the clerk obtain a second quote for future works over £3,000. "
      "The clerk reported that the grant application to the county council for new play equipment had been unsuccessful. "
      "It was agreed to defer a decision on the allotment rent increase until the May meeting. "
      "The meeting closed at 9.15 p.m.")
K2 = ("The Riverside School Board voted 5-2 on Tuesday to extend the school day by 20 minutes starting in September. "
      "Superintendent Carla Mendes said the extra time would be used for reading instruction in grades one through five. "
      "Board member Frank Ortiz, who voted against, said the district had not consulted parents about bus schedules. "
      "The change will cost about $310,000 a year, mainly in staff overtime. "
      "The board also approved a contract with Sunrise Catering to supply school lunches for three years. "
      "A proposal to close Elm Street Elementary was tabled until the board's January meeting.")
PROBES = [
    ("The Ashford Parish Council meeting was held on 12 March [1.1].", K1, "S"),
    ("Cllr J. Patel chaired the meeting [1.2].", K1, "S"),
    ("Cllr T. Lowe sent apologies [1.3].", K1, "S"),
    ("The council accepted GreenWay Ltd's £4,850 quote to resurface the village hall car park [1.4].", K1, "S"),
    ("The motion, proposed by Cllr Doyle and seconded by Cllr Evans, was carried 3-1, with Cllr Khan voting against [1.5].", K1, "S"),
    ("Cllr Khan asked the clerk to obtain a second quote for future works over £3,000 [1.6].", K1, "S"),
    ("The clerk reported that the grant application to the county council for new play equipment had failed [1.7].", K1, "S"),
    ("A decision on the allotment rent increase was deferred until the May meeting [1.8].", K1, "S"),
    ("The meeting closed at 9.15 p.m. [1.9]", K1, "S"),
    ("The council voted 3-1 to accept a £4,850 quote from GreenWay Ltd for resurfacing the car park [1.4][1.5].", K1, "S"),
    ("The Riverside School Board voted 5-2 on Tuesday to lengthen the school day by 20 minutes from September [1.1].", K2, "S"),
    ("Superintendent Carla Mendes said the extra time would be used for reading instruction in grades one to five [1.2].", K2, "S"),
    ("Board member Frank Ortiz, who voted against, said the district had not consulted parents about bus schedules [1.3].", K2, "S"),
    ("The change will cost about $310,000 a year, mostly in staff overtime [1.4].", K2, "S"),
    ("The board also approved a three-year contract with Sunrise Catering to supply school lunches [1.5].", K2, "S"),
    ("A proposal to close Elm Street Elementary was tabled until January [1.6].", K2, "S"),
    ("The board voted 5-2 to add 20 minutes to the school day, a change costing about $310,000 a year [1.1][1.4].", K2, "S"),
    ("Ortiz voted against extending the school day [1.1][1.3].", K2, "S"),
    ("The quote for the car park work was £4,850 [1.4].", K1, "S"),
    ("The grant application for new play equipment was unsuccessful, the clerk reported [1.7].", K1, "S"),
    # unsupported
    # proposer/seconder swap
    ("The motion was proposed by Cllr Evans and seconded by Cllr Doyle [1.5].", K1, "R"),
    # voted against: Khan vs Doyle
    ("Cllr Doyle voted against the car park quote [1.5].", K1, "R"),
    # unanimous
    ("The council unanimously accepted the GreenWay quote [1.4][1.5].", K1, "R"),
    # request stated as decision
    ("The council resolved that the clerk obtain a second quote for future works over £3,000 [1.6].", K1, "R"),
    # restriction dropped: over £3,000
    ("Cllr Khan asked that the clerk obtain a second quote for all future works [1.6].", K1, "R"),
    # grant successful
    ("The county council awarded a grant for new play equipment [1.7].", K1, "R"),
    # deferred -> approved
    ("The council approved the allotment rent increase [1.8].", K1, "R"),
    # May -> April
    ("A decision on the allotment rent increase was deferred until the April meeting [1.8].", K1, "R"),
    # Lowe present
    ("Cllr T. Lowe chaired the meeting [1.2][1.3].", K1, "R"),
    # 9.15 -> 9.45
    ("The meeting closed at 9.45 p.m. [1.9]", K1, "R"),
    # vote 5-2 -> 6-1
    ("The Riverside School Board voted 6-1 to extend the school day [1.1].", K2, "R"),
    # reading -> maths
    ("Mendes said the extra time would be used for maths instruction [1.2].", K2, "R"),
    # grade restriction dropped, widened to all grades
    ("Mendes said the extra time would be used for reading instruction in all grades [1.2].", K2, "R"),
    # Ortiz voted in favour
    ("Frank Ortiz voted in favour of the longer school day [1.3].", K2, "R"),
    # speaker swap: Mendes said parents not consulted
    ("Superintendent Carla Mendes said the district had not consulted parents about bus schedules [1.2][1.3].", K2, "R"),
    # 'about' dropped and rate changed to a one-off
    ("The change will cost a one-off $310,000 [1.4].", K2, "R"),
    # overtime -> new hires
    ("The change will cost about $310,000 a year, mainly in new staff hires [1.4].", K2, "R"),
    # three years -> five
    ("The board approved a five-year contract with Sunrise Catering [1.5].", K2, "R"),
    # tabled -> approved closure
    ("The board voted to close Elm Street Elementary in January [1.6].", K2, "R"),
    # 20 minutes -> 30 minutes
    ("The school day will be 30 minutes longer from September [1.1].", K2, "R"),
    # invented cause
    ("The board extended the school day because reading scores had fallen [1.1][1.2].", K2, "R"),
]
