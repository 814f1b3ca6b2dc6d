A = "Voters in the northern province of Valmora re-elected Governor Teresa Amundsen on Sunday with 54.2 percent of the vote, according to preliminary results from the electoral commission. Her main challenger, former mayor Piet Rasmussen of the Civic Alliance, took 39.8 percent. Turnout was 61 percent, down from 67 percent four years ago. Amundsen, who ran on a promise to expand rural bus services, told supporters in the provincial capital that the result was \"a mandate for investment, not austerity.\" Rasmussen conceded defeat late on Sunday evening and congratulated Amundsen. The commission said final results would be certified by March 14."
B = "The lower house of parliament approved the government's housing bill on Thursday by 212 votes to 187, after a debate that lasted more than nine hours. The bill would cap annual rent increases at 4 percent for tenants in cities with more than 100,000 residents. Opposition leader Marta Kowal said the cap would discourage landlords from building new homes. Housing Minister Jonas Berg said the measure could protect about 1.3 million households from steep rent rises. The bill now goes to the Senate, where the governing coalition lacks a majority. Twelve members of the Green Party abstained."
C = "A poll published on Tuesday by the Nordlys Institute put the Social Democrats at 28 percent, two points ahead of the Conservatives. The survey of 2,000 adults was conducted between May 2 and May 6 and has a margin of error of 2.2 percentage points. Support for the Liberal Party fell to 7 percent, its lowest level since 2015. Analysts said the Social Democrats might need two partners to form a government after the September election. Prime Minister Elin Strand has ruled out a coalition with the far-right Homeland Party."
D = "Labour candidate Aisha Rahman won the Eastfield by-election on Friday, holding the seat with a majority of 3,412. The vote was triggered by the resignation of Daniel Hurst, who stepped down in January after being appointed to a judicial post. Rahman received 14,806 votes, while Green candidate Tom Ellery came second with 11,394. The Reform candidate finished third. Rahman said her first priority would be to fight the planned closure of the local maternity unit."

PROBES = [
    ("Teresa Amundsen won re-election as governor of Valmora on Sunday with 54.2 percent of the vote, preliminary results showed [1.1].", A, "S"),
    ("Former mayor Piet Rasmussen, Amundsen's main rival, received 39.8 percent [1.2].", A, "S"),
    ("Turnout dropped to 61 percent from 67 percent four years earlier [1.3].", A, "S"),
    ("Amundsen told supporters that the result was \"a mandate for investment, not austerity.\" [1.4]", A, "S"),
    ("Rasmussen admitted defeat on Sunday evening and congratulated Amundsen [1.5].", A, "S"),
    ("The electoral commission said final results would be certified by March 14 [1.1][1.6].", A, "S"),
    ("Amundsen campaigned on a pledge to expand rural bus services [1.4].", A, "S"),
    ("The lower house passed the government's housing bill by 212 votes to 187 on Thursday [1.1].", B, "S"),
    ("The bill would limit yearly rent increases to 4 percent for tenants in cities of more than 100,000 people [1.2].", B, "S"),
    ("Opposition leader Marta Kowal argued the cap would deter landlords from building new homes [1.3].", B, "S"),
    ("Housing Minister Jonas Berg said about 1.3 million households could be protected from steep rent rises [1.4].", B, "S"),
    ("Twelve Green Party members abstained [1.6].", B, "S"),
    ("The bill now moves to the Senate, where the governing coalition does not have a majority [1.5].", B, "S"),
    ("The Social Democrats polled 28 percent, two points ahead of the Conservatives, in a Nordlys Institute survey published on Tuesday [1.1].", C, "S"),
    ("The poll of 2,000 adults has a margin of error of 2.2 percentage points [1.2].", C, "S"),
    ("Liberal Party support fell to 7 percent, its lowest since 2015 [1.3].", C, "S"),
    ("Analysts said the Social Democrats may require two coalition partners to govern after the September vote [1.4].", C, "S"),
    ("Prime Minister Elin Strand has excluded a coalition with the far-right Homeland Party [1.5].", C, "S"),
    ("Aisha Rahman held Eastfield for Labour in Friday's by-election with a majority of 3,412 [1.1].", D, "S"),
    ("The by-election was caused by the resignation of Daniel Hurst, who left after being appointed to a judicial post [1.2].", D, "S"),
    ("Rahman got 14,806 votes and Green candidate Tom Ellery came second with 11,394 [1.3].", D, "S"),
    ("Rahman said her top priority would be fighting the planned closure of the local maternity unit [1.5].", D, "S"),
    ("Amundsen won re-election with 45.2 percent of the vote [1.1].", A, "R"),  # 54.2 -> 45.2
    ("Turnout rose to 61 percent from 67 percent four years ago [1.3].", A, "R"),  # fell -> rose
    ("Rasmussen refused to concede defeat on Sunday evening [1.5].", A, "R"),  # negation: he conceded
    ("Amundsen told supporters the result was a mandate for austerity [1.4].", A, "R"),  # reversed: "not austerity"
    ("The commission said final results would be certified by March 4 [1.6].", A, "R"),  # March 14 -> March 4
    ("Rasmussen, a former governor, took 39.8 percent [1.2].", A, "R"),  # former mayor, not governor
    ("The housing bill was approved by 187 votes to 212 [1.1].", B, "R"),  # numbers reversed
    ("The bill would cap rent increases at 4 percent for all tenants [1.2].", B, "R"),  # restriction dropped (cities > 100,000)
    ("Housing Minister Jonas Berg said the cap would discourage landlords from building new homes [1.3][1.4].", B, "R"),  # speaker swap: Kowal said it
    ("Housing Minister Jonas Berg said the measure will protect about 1.3 million households [1.4].", B, "R"),  # could -> will
    ("The Senate has already approved the bill [1.5].", B, "R"),  # hallucinated: it goes to the Senate now
    ("Twelve members of the Green Party voted against the bill [1.6].", B, "R"),  # abstained, not against
    ("Conservative leader Marta Kowal said the cap would discourage landlords from building new homes [1.3].", B, "R"),  # opposition leader; party hallucinated
    ("The Social Democrats were two points behind the Conservatives at 28 percent [1.1].", C, "R"),  # ahead -> behind
    ("Support for the Liberal Party rose to 7 percent [1.3].", C, "R"),  # fell -> rose
    ("Analysts said the Social Democrats will need two partners to form a government [1.4].", C, "R"),  # might -> will
    ("Prime Minister Elin Strand has proposed a coalition with the far-right Homeland Party [1.5].", C, "R"),  # ruled out -> proposed
    ("The survey of 2,000 adults was conducted in June [1.2].", C, "R"),  # May, not June
    ("Green candidate Tom Ellery won the Eastfield by-election [1.1][1.3].", D, "R"),  # agent swap: Rahman won
    ("Daniel Hurst stepped down in January because of ill health [1.2].", D, "R"),  # invented cause (judicial post)
    ("The Reform candidate finished second [1.4].", D, "R"),  # third
    ("Rahman said she had secured a reversal of the maternity unit's closure [1.5].", D, "R"),  # hallucinated: she plans to fight it
]
