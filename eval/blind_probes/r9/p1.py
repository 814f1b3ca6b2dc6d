# politics
P1 = ("Governor Helen Marsh signed a bill on Wednesday that raises the state minimum wage to $15 an hour by 2027. "
      "The measure, which passed the Senate 21-17, was opposed by the state's largest business lobby. "
      "Marsh, a Democrat first elected in 2022, said the increase would help about 400,000 workers. "
      "Republican leader Tom Ridley called the bill reckless and said it could cost small businesses thousands of jobs. "
      "The first step, a rise to $13.50, takes effect in January. "
      "Labour groups had pushed for the increase for nearly five years.")
P2 = ("Finance Minister Arjun Desai will present the national budget on March 3, the ministry said on Monday. "
      "Desai is expected to announce cuts to fuel subsidies worth about 2 billion euros. "
      "Opposition parties have threatened to call a confidence vote if the subsidy cuts go ahead. "
      "Prime Minister Lena Kovac, speaking in Brussels, said the government had no plans to raise income tax. "
      "Unemployment stood at 7.2% in January, down from 7.9% a year earlier, according to the statistics office.")
P3 = ("Voters in Millbrook re-elected Mayor Dennis Oyelaran on Tuesday with 58% of the vote. "
      "His challenger, councillor Priya Natt, conceded shortly after midnight. "
      "Turnout was 41%, the lowest in two decades. "
      "Oyelaran, who has led the city since 2018, campaigned on a promise to build 2,000 affordable homes. "
      "Natt said she would continue to press for a rent freeze from her council seat.")
PROBES = [
    ("Governor Helen Marsh on Wednesday signed legislation raising the state minimum wage to $15 an hour by 2027 [1.1].", P1, "S"),
    ("The Senate passed the measure 21-17 over the objections of the state's largest business lobby [1.2].", P1, "S"),
    ("Marsh said the increase would help about 400,000 workers [1.3].", P1, "S"),
    ("Marsh, a Democrat, said the wage rise would benefit roughly 400,000 workers [1.3].", P1, "S"),
    ("Republican leader Tom Ridley called the bill reckless, saying it could cost small businesses thousands of jobs [1.4].", P1, "S"),
    ("A first increase, to $13.50, takes effect in January [1.5].", P1, "S"),
    ("Labour groups had campaigned for the rise for nearly five years [1.6].", P1, "S"),
    ("Marsh signed the bill, which the Senate passed 21-17 [1.1][1.2].", P1, "S"),
    ("Finance Minister Arjun Desai will present the budget on March 3 [1.1].", P2, "S"),
    ("Desai is expected to announce fuel subsidy cuts worth about 2 billion euros [1.2].", P2, "S"),
    ("Opposition parties have threatened to call a confidence vote if the subsidy cuts go ahead [1.3].", P2, "S"),
    ("Prime Minister Lena Kovac said the government had no plans to raise income tax [1.4].", P2, "S"),
    ("Unemployment fell to 7.2% in January from 7.9% a year earlier, the statistics office said [1.5].", P2, "S"),
    ("Mayor Dennis Oyelaran was re-elected on Tuesday with 58% of the vote [1.1].", P3, "S"),
    ("Councillor Priya Natt conceded shortly after midnight [1.2].", P3, "S"),
    ("Turnout, at 41%, was the lowest in two decades [1.3].", P3, "S"),
    ("Oyelaran campaigned on a pledge to build 2,000 affordable homes [1.4].", P3, "S"),
    ("Natt said she would keep pressing for a rent freeze from her council seat [1.5].", P3, "S"),
    ("Oyelaran, who has led Millbrook since 2018, won re-election with 58% of the vote [1.1][1.4].", P3, "S"),
    ("Turnout in the election was 41% [1.3].", P3, "S"),
    # unsupported
    # wage reached $15 by 2027, not now
    ("Governor Helen Marsh signed a bill raising the state minimum wage to $15 an hour [1.1].", P1, "S"),  # LABEL CORRECTED R->S: claim does not say the $15 applies now; the bill does raise it to $15
    # vote count swapped
    ("The measure passed the Senate 21-16 [1.2].", P1, "R"),
    # hedge dropped: would help -> helps; also "400,000 workers" stated as fact 
    ("The increase will help exactly 400,000 workers, Marsh said [1.3].", P1, "R"),
    # 'could cost' -> 'would cost'
    ("Ridley said the bill would cost small businesses thousands of jobs [1.4].", P1, "R"),
    # speaker swap: Ridley called it reckless, not the business lobby
    ("The state's largest business lobby called the bill reckless [1.2][1.4].", P1, "R"),
    # first step $13.50 in January; claim says $15 in January
    ("The minimum wage rises to $15 in January [1.1][1.5].", P1, "R"),
    # "nearly five years" -> "more than five years"
    ("Labour groups had pushed for the increase for more than five years [1.6].", P1, "R"),
    # Marsh first elected 2022, claim says re-elected
    ("Marsh, a Democrat re-elected in 2022, signed the bill [1.3].", P1, "R"),
    # expected dropped
    ("Desai will announce cuts to fuel subsidies worth about 2 billion euros [1.2].", P2, "R"),
    # threatened -> called
    ("Opposition parties have called a confidence vote over the subsidy cuts [1.3].", P2, "R"),
    # Kovac speaking in Brussels; claim says Desai said
    ("Desai said the government had no plans to raise income tax [1.1][1.4].", P2, "R"),
    # unemployment rose vs fell
    ("Unemployment rose to 7.2% in January [1.5].", P2, "R"),
    # budget date given by ministry on Monday; claim puts budget on Monday
    ("Desai will present the national budget on Monday [1.1].", P2, "R"),
    # income tax -> sales tax
    ("Kovac said the government had no plans to raise sales tax [1.4].", P2, "R"),
    # invented cause
    ("Unemployment fell to 7.2% because of the fuel subsidy cuts [1.2][1.5].", P2, "R"),
    # Natt got 58%? no, Oyelaran did
    ("Councillor Priya Natt won 58% of the vote [1.1][1.2].", P3, "R"),
    # lowest in two decades -> lowest ever
    ("Turnout was 41%, the lowest on record [1.3].", P3, "R"),
    # promise -> built
    ("Oyelaran has built 2,000 affordable homes since 2018 [1.4].", P3, "R"),
    # would press -> has secured
    ("Natt said she had secured a rent freeze [1.5].", P3, "R"),
    # conceded before midnight
    ("Natt conceded shortly before midnight [1.2].", P3, "R"),
    # mayor since 2018 -> since 2016
    ("Oyelaran has led the city since 2016 [1.4].", P3, "R"),
]
