A = "Westbrook City Council voted 7-2 on Tuesday to approve a $48 million budget for the 2025 fiscal year. The budget includes a 3 percent pay rise for city employees and funding for four new police officers. Councillors Dana Ruiz and Omar Haddad voted against it, arguing that property taxes were rising too fast. The property tax rate will increase by 2.5 percent. Mayor Linda Park said the budget balanced public safety with fiscal responsibility."
B = "The Eastvale school board has approved a plan to close Lincoln Elementary at the end of the school year because of falling enrolment. The school's 210 pupils will be moved to Garfield and Roosevelt elementary schools. Superintendent Karen Oduya said the closure would save the district about $1.2 million a year. More than 80 parents attended the meeting, and 23 spoke against the plan. The board said it would consider turning the building into a community centre."
C = "The county planning commission has rejected a proposal to build 320 apartments on the former Miller farm site. Commissioners said the developer had not shown that local roads could handle the extra traffic. The developer, Greystone Homes, said it was disappointed and was considering an appeal. Residents had collected more than 1,500 signatures against the project. The site is zoned for agricultural use."
D = "Reading scores at Hillcrest Middle School rose 8 points this year, the highest gain in the district, according to state test results released on Friday. Maths scores at the school were unchanged. Principal Maria Santos credited a new after-school tutoring programme that started in September. Across the district, the share of pupils meeting the reading standard rose from 41 percent to 45 percent. The district plans to expand the tutoring programme to three more schools next year."

PROBES = [
    ("Westbrook City Council approved a $48 million budget for fiscal 2025 by a 7-2 vote on Tuesday [1.1].", A, "S"),
    ("The budget gives city employees a 3 percent raise and pays for four new police officers [1.2].", A, "S"),
    ("Councillors Dana Ruiz and Omar Haddad opposed the budget, saying property taxes were rising too fast [1.3].", A, "S"),
    ("The property tax rate will go up 2.5 percent [1.4].", A, "S"),
    ("Mayor Linda Park said the budget balanced public safety and fiscal responsibility [1.5].", A, "S"),
    ("The budget was approved with seven votes in favour and two against [1.1].", A, "S"),
    ("The council's $48 million budget includes money for four new police officers [1.1][1.2].", A, "S"),
    ("The Eastvale school board approved a plan to shut Lincoln Elementary at the end of the school year due to falling enrolment [1.1].", B, "S"),
    ("Lincoln's 210 pupils will be transferred to Garfield and Roosevelt elementary schools [1.1][1.2].", B, "S"),
    ("Superintendent Karen Oduya said closing the school would save the district about $1.2 million annually [1.3].", B, "S"),
    ("More than 80 parents attended the meeting, 23 of whom spoke against the plan [1.4].", B, "S"),
    ("The board said it would consider converting the building into a community centre [1.5].", B, "S"),
    ("The county planning commission turned down a proposal for 320 apartments on the former Miller farm site [1.1].", C, "S"),
    ("Commissioners said the developer had failed to show that local roads could cope with the extra traffic [1.2].", C, "S"),
    ("Greystone Homes said it was disappointed and was weighing an appeal [1.3].", C, "S"),
    ("Residents gathered more than 1,500 signatures against the project [1.4].", C, "S"),
    ("The site is zoned for farming [1.5].", C, "S"),
    ("Hillcrest Middle School's reading scores rose 8 points this year, the biggest gain in the district, state test results showed [1.1].", D, "S"),
    ("Maths scores at Hillcrest were flat [1.1][1.2].", D, "S"),
    ("Principal Maria Santos credited a new after-school tutoring programme launched in September [1.3].", D, "S"),
    ("District-wide, the share of pupils meeting the reading standard rose from 41 percent to 45 percent [1.4].", D, "S"),
    ("The district plans to extend the tutoring programme to three more schools next year [1.5].", D, "S"),
    ("Westbrook City Council voted 7-2 to reject a $48 million budget [1.1].", A, "R"),  # approve -> reject
    ("The budget includes a 5 percent pay rise for city employees [1.2].", A, "R"),  # 3
    ("Mayor Linda Park and Councillor Dana Ruiz voted against the budget [1.3].", A, "R"),  # Haddad, not Park
    ("The property tax rate will decrease by 2.5 percent [1.4].", A, "R"),  # increase
    ("Councillor Omar Haddad said the budget balanced public safety with fiscal responsibility [1.3][1.5].", A, "R"),  # speaker swap: mayor
    ("The budget includes funding for four new firefighters [1.2].", A, "R"),  # police officers
    ("The Eastvale school board rejected a plan to close Lincoln Elementary [1.1].", B, "R"),  # approved
    ("The school board closed Lincoln Elementary because of budget cuts [1.1].", B, "R"),  # cause swap (falling enrolment) and tense (will close)
    ("Superintendent Karen Oduya said the closure would save about $1.2 million a month [1.3].", B, "R"),  # a year
    ("More than 80 parents spoke against the plan [1.4].", B, "R"),  # 80 attended, 23 spoke
    ("The board has decided to turn the building into a community centre [1.5].", B, "R"),  # would consider
    ("Lincoln's 210 pupils will be moved to Garfield Middle School [1.2].", B, "R"),  # Garfield and Roosevelt elementary
    ("The county planning commission approved a proposal to build 320 apartments [1.1].", C, "R"),  # rejected
    ("Greystone Homes has filed an appeal [1.3].", C, "R"),  # considering
    ("Residents collected more than 15,000 signatures against the project [1.4].", C, "R"),  # 1,500
    ("The site is zoned for residential use [1.5].", C, "R"),  # agricultural
    ("Commissioners said local roads could handle the extra traffic [1.2].", C, "R"),  # negation dropped
    ("Maths scores at Hillcrest Middle School rose 8 points this year [1.1][1.2].", D, "R"),  # reading rose; maths unchanged
    ("Principal Maria Santos credited a new tutoring programme that started in January [1.3].", D, "R"),  # September
    ("Across the district, the share of pupils meeting the reading standard fell from 45 percent to 41 percent [1.4].", D, "R"),  # rose 41 -> 45
    ("The district has expanded the tutoring programme to three more schools [1.5].", D, "R"),  # plans to
    ("Reading scores at Hillcrest rose 8 points, the highest gain in the state [1.1].", D, "R"),  # district, not state
]
