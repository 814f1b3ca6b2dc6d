# Local government minutes: town council meeting (A) and school board meeting (B)
A = ("The Millbrook Town Council met on March 12 at 7 p.m. in the council chamber, with six of seven members present. "
     "Councillor Ada Finch was absent. "
     "The minutes of the February 26 meeting were approved without amendment. "
     "Councillor Raj Patel moved to award the road resurfacing contract for Elm Street to Granite Paving for $318,000; Councillor Beth Moore seconded. "
     "The motion carried 5-1, with Councillor Dale Ruiz voting against. "
     "Ruiz said he opposed the contract because Granite Paving's bid had arrived after the deadline. "
     "The council deferred a decision on the proposed dog park to its April meeting. "
     "Public works director Sam Oyelaran reported that two of the town's four snowploughs needed new engines. "
     "Residents of Birch Lane asked the council to install speed bumps; the council referred the request to the traffic committee. "
     "The meeting adjourned at 9:15 p.m.")
B = ("The Eastvale School Board voted 4-3 on Tuesday to close Lincoln Elementary at the end of the school year. "
     "Enrolment at Lincoln has fallen by a third since 2018, to 190 pupils. "
     "Superintendent Karen Voss said closing the school would save about $1.1 million a year. "
     "Lincoln's pupils will be moved to Jefferson and Adams elementary schools. "
     "Board member Luis Ortega, who voted against the closure, said the district had not consulted parents about the transfer plan. "
     "More than 80 parents attended the meeting, and 23 spoke during public comment. "
     "The board also approved a 2.5% pay rise for teachers, effective in July. "
     "The board will hold a public hearing on the future use of the Lincoln building in May.")
X = [A, B]
PROBES = [
    ("The Millbrook Town Council met on March 12 in the council chamber, with six of its seven members present [1.1].", X, "S"),
    ("Councillor Ada Finch did not attend [1.2].", X, "S"),
    ("The council approved the February 26 minutes without changes [1.3].", X, "S"),
    ("On a motion by Councillor Raj Patel, seconded by Councillor Beth Moore, the council voted 5-1 to award the $318,000 Elm Street resurfacing contract to Granite Paving [1.4][1.5].", X, "S"),
    ("Councillor Dale Ruiz cast the only vote against the contract [1.5].", X, "S"),
    ("Ruiz said he opposed the contract because Granite Paving had submitted its bid after the deadline [1.6].", X, "S"),
    ("The council postponed its decision on the proposed dog park until the April meeting [1.7].", X, "S"),
    ("Public works director Sam Oyelaran said two of the town's four snowploughs need new engines [1.8].", X, "S"),
    ("Birch Lane residents asked for speed bumps, and the council referred the request to the traffic committee [1.9].", X, "S"),
    ("The meeting ended at 9:15 p.m. [1.10].", X, "S"),
    ("Granite Paving won the Elm Street resurfacing contract, worth $318,000, on a 5-1 vote [1.4][1.5].", X, "S"),
    ("With Ada Finch absent, six councillors attended the March 12 meeting [1.1][1.2].", X, "S"),
    # unsupported
    ("The Millbrook Town Council met on March 12 with all seven members present [1.1].", X, "R"),  # six of seven -> all
    ("Councillor Beth Moore was absent [1.2][1.4].", X, "R"),  # wrong councillor
    ("The minutes of the February 26 meeting were approved with amendments [1.3].", X, "R"),  # without -> with
    ("Councillor Beth Moore moved to award the Elm Street contract to Granite Paving; Councillor Raj Patel seconded [1.4].", X, "R"),  # mover/seconder swapped
    ("The council voted 5-1 to award the Elm Street contract to Granite Paving for $381,000 [1.4][1.5].", X, "R"),  # digits transposed
    ("The motion carried unanimously [1.5].", X, "R"),  # 5-1 -> unanimous
    ("The motion carried 5-1, with Councillor Raj Patel voting against [1.4][1.5].", X, "R"),  # wrong dissenter
    ("Ruiz said he opposed the contract because Granite Paving's bid was too high [1.6].", X, "R"),  # different reason
    ("The council approved the proposed dog park [1.7].", X, "R"),  # deferred -> approved
    ("The council deferred a decision on the proposed dog park to its May meeting [1.7].", X, "R"),  # month
    ("Sam Oyelaran reported that all four of the town's snowploughs needed new engines [1.8].", X, "R"),  # two -> all four
    ("The council agreed to install speed bumps on Birch Lane [1.9].", X, "R"),  # referred -> agreed
    ("The traffic committee asked the council to install speed bumps on Birch Lane [1.9].", X, "R"),  # requester swapped
    ("The meeting adjourned at 9:15 p.m. after the council voted on the dog park [1.7][1.10].", X, "R"),  # no vote happened
    # B supported
    ("The Eastvale School Board voted 4-3 on Tuesday to shut Lincoln Elementary at the end of the school year [2.1].", X, "S"),
    ("Lincoln's enrolment has dropped by a third since 2018, to 190 pupils [2.2].", X, "S"),
    ("Superintendent Karen Voss said the closure would save roughly $1.1 million a year [2.3].", X, "S"),
    ("Pupils from Lincoln will be transferred to Jefferson and Adams elementary schools [2.4].", X, "S"),
    ("Luis Ortega, who voted against closing the school, said the district had not consulted parents about the transfer plan [2.5].", X, "S"),
    ("More than 80 parents came to the meeting, and 23 of them spoke during public comment [2.6].", X, "S"),
    ("The board also approved a 2.5% raise for teachers, taking effect in July [2.7].", X, "S"),
    ("A public hearing on the future use of the Lincoln building will be held in May [2.8].", X, "S"),
    ("In a 4-3 vote, the board decided to close Lincoln Elementary, where enrolment has fallen to 190 pupils [2.1][2.2].", X, "S"),
    ("The closure, which the superintendent said would save about $1.1 million a year, will send Lincoln's pupils to Jefferson and Adams [2.3][2.4].", X, "S"),
    ("The board narrowly voted to close Lincoln Elementary and also approved a 2.5% teacher pay rise [2.1][2.7].", X, "S"),
    # B unsupported
    ("The Eastvale School Board voted 4-3 on Tuesday to close Lincoln Elementary immediately [2.1].", X, "R"),  # end of year -> immediately
    ("Enrolment at Lincoln has fallen by half since 2018 [2.2].", X, "R"),  # third -> half
    ("Superintendent Karen Voss said closing the school would save about $1.1 million [2.3].", X, "R"),  # "a year" dropped: one-off vs annual
    ("Lincoln's pupils will be moved to Jefferson Elementary [2.4].", X, "R"),  # one of two schools, implies all go there
    ("Luis Ortega, who voted for the closure, said the district had not consulted parents [2.5].", X, "R"),  # against -> for
    ("Luis Ortega said the district had not consulted parents [2.5].", X, "R"),  # dropped "about the transfer plan" under negation
    ("Luis Ortega said the district had consulted parents about the transfer plan [2.5].", X, "R"),  # negation dropped
    ("More than 80 parents spoke during public comment [2.6].", X, "R"),  # attended -> spoke
    ("Karen Voss said the district had not consulted parents about the transfer plan [2.3][2.5].", X, "R"),  # Ortega's words to Voss
    ("The board also approved a 2.5% pay rise for teachers, effective immediately [2.7].", X, "R"),  # July -> immediately
    ("The board held a public hearing on the future use of the Lincoln building in May [2.8].", X, "R"),  # future -> past
    ("The board voted to close Lincoln Elementary because enrolment had fallen by a third [2.1][2.2].", X, "R"),  # invented cause
]
