A = ("CHAIR: Good evening, this is the March meeting of the Elmfield planning committee.\n"
"CHAIR: The first item is the application to build 85 homes on the former dairy site.\n"
"MS. LOPEZ: I support the application, but I am worried about traffic on Mill Road.\n"
"MR. HARTLEY: The developer has agreed to pay for a new roundabout at the Mill Road junction.\n"
"MS. LOPEZ: That helps, but it does not solve the school parking problem.\n"
"CHAIR: We will vote on the application at the April meeting.\n"
"MR. HARTLEY: I would also ask officers to report on drainage before then.")
B = ("INTERVIEWER: Minister, will the new hospital open on time?\n"
"MINISTER GRANT: We expect the first wards to open in September, although the emergency department may be delayed until next year.\n"
"INTERVIEWER: The budget has risen from 300 million to 410 million pounds. Why?\n"
"MINISTER GRANT: Mainly because steel and labour costs went up sharply after 2022.\n"
"INTERVIEWER: Will you cut any services to pay for it?\n"
"MINISTER GRANT: No. No services will be cut.")
S = [A, B]
PROBES = [
("The chair opened the March meeting of the Elmfield planning committee. [1.1]", S, "S"),
("The chair opened the April meeting of the Elmfield planning committee. [1.1]", S, "R"),  # month
("The first item was an application to build 85 homes on the old dairy site. [1.2]", S, "S"),
("The first item was an application to build 58 homes on the former dairy site. [1.2]", S, "R"),  # number
("The first item was an application to build 85 homes on the former brewery site. [1.2]", S, "R"),  # site swap
("Ms. Lopez said she backed the application but was concerned about traffic on Mill Road. [1.3]", S, "S"),
("Lopez supported the application while voicing worries about Mill Road traffic. [1.3]", S, "S"),
("Ms. Lopez expressed support for the application. [1.3]", S, "S"),
("Asked whether services would be cut, Minister Grant replied that none would be. [2.6][2.7][2.8]", S, "S"),
("Ms. Lopez said she opposed the application. [1.3]", S, "R"),  # antonym
("Mr. Hartley said he was worried about traffic on Mill Road. [1.3]", S, "R"),  # speaker swap
("Mr. Hartley said the developer had agreed to fund a new roundabout at the Mill Road junction. [1.4]", S, "S"),
("According to Hartley, the developer has agreed to cover the cost of a new roundabout at the Mill Road junction. [1.4]", S, "S"),
("Ms. Lopez said the developer had agreed to pay for a new roundabout. [1.4]", S, "R"),  # speaker swap
("Mr. Hartley said the council had agreed to pay for a new roundabout. [1.4]", S, "R"),  # agent swap
("Mr. Hartley said the developer had refused to pay for a new roundabout. [1.4]", S, "R"),  # antonym
("Mr. Hartley said the developer had agreed to pay for new traffic lights at the Mill Road junction. [1.4]", S, "R"),  # object swap
("Ms. Lopez said the roundabout would help but would not solve the school parking problem. [1.4][1.5]", S, "S"),
("Ms. Lopez said the roundabout would solve the school parking problem. [1.4][1.5]", S, "R"),  # negation dropped
("Mr. Hartley said the roundabout did not solve the school parking problem. [1.4][1.5]", S, "R"),  # speaker swap across turns
("The chair said the committee would vote on the application at the April meeting. [1.6]", S, "S"),
("The committee will vote on the application in April, the chair said. [1.6]", S, "S"),
("The committee voted on the application at the April meeting. [1.6]", S, "R"),  # future -> past
("The chair said the committee would vote on the application at the May meeting. [1.6]", S, "R"),  # month
("Ms. Lopez said the committee would vote on the application in April. [1.6]", S, "R"),  # speaker swap
("Mr. Hartley asked officers to report on drainage before the vote. [1.6][1.7]", S, "S"),
("Mr. Hartley asked officers to report on flooding before then. [1.7]", S, "R"),  # topic swap (drainage != flooding)
("The chair asked officers to report on drainage. [1.7]", S, "R"),  # speaker swap
("Officers reported on drainage before the vote. [1.6][1.7]", S, "R"),  # request -> done
("Minister Grant said the first wards were expected to open in September. [2.2]", S, "S"),
("Grant said the emergency department might be delayed until next year. [2.2]", S, "S"),
("Minister Grant said the first wards would open in October. [2.2]", S, "R"),  # month; expect->would
("Minister Grant said the emergency department will be delayed until next year. [2.2]", S, "R"),  # may -> will
("Minister Grant said the whole hospital would open in September. [2.2]", S, "R"),  # first wards -> whole
("The interviewer said the budget had grown from 300 million to 410 million pounds. [2.3]", S, "S"),
("The interviewer noted that the budget had risen to 410 million pounds from 300 million. [2.3]", S, "S"),
("Minister Grant said the budget had risen from 300 million to 410 million pounds. [2.3]", S, "R"),  # speaker swap
("The interviewer said the budget had fallen from 410 million to 300 million pounds. [2.3]", S, "R"),  # reversed
("Grant blamed the increase mainly on sharp rises in steel and labour costs after 2022. [2.3][2.4][2.5]", S, "S"),
("Minister Grant said steel and labour costs went up sharply after 2022. [2.5]", S, "S"),
("Minister Grant said the increase was entirely due to steel costs. [2.3][2.4][2.5]", S, "R"),  # mainly -> entirely, labour dropped
("Minister Grant said steel and labour costs went up sharply after 2020. [2.5]", S, "R"),  # year
("Minister Grant said no services would be cut. [2.6][2.7][2.8]", S, "S"),
("Minister Grant said some services would be cut. [2.6][2.7][2.8]", S, "R"),  # negation dropped
("The interviewer said no services would be cut. [2.6][2.7][2.8]", S, "R"),  # speaker swap
]
