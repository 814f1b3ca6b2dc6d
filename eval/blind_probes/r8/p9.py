# Interview / podcast transcripts with speaker labels
T1 = ("HOST: Welcome back to Market Hours. My guest today is Priya Raman, chief economist at Coastline Bank; she has covered the economy for twenty years. "
      "RAMAN: Thanks for having me. "
      "HOST: Let's start with inflation. Do you think the central bank will cut rates in March? "
      "RAMAN: I think a cut in March is unlikely. Core inflation is still running at about 3.4 percent, and the bank wants to see it closer to 2 before it moves. "
      "HOST: So when? "
      "RAMAN: My base case is June, but that could slip if wage growth stays above 5 percent. "
      "HOST: What about housing? "
      "RAMAN: House prices fell 4 percent last year, and I expect them to be roughly flat this year. "
      "HOST: And unemployment? "
      "RAMAN: It's at 4.1 percent now. I wouldn't be surprised to see it reach 4.5 by the end of the year.")
T2 = ("INTERVIEWER: Mr Larsen, you spent eleven years as head coach of the national team. What was the hardest moment? "
      "LARSEN: Losing the 2018 semi-final on penalties. I still think about it. "
      "INTERVIEWER: Some players said afterwards that you had picked the wrong penalty takers. "
      "LARSEN: I made the choices, and I take responsibility for them. But I would pick the same five again. "
      "INTERVIEWER: Are you going to coach again? "
      "LARSEN: Not at international level. I've had offers from two clubs in Spain, and I'm talking to one of them. "
      "INTERVIEWER: Which one? "
      "LARSEN: I can't say yet. We'll know by the summer.")
T3 = ("MODERATOR: Councillor Diaz, you voted against the stadium deal. Why? "
      "DIAZ: Because the city is putting in $300 million and getting nothing guaranteed back. The team's own study says the stadium will create 1,200 jobs, but most of those are seasonal. "
      "MODERATOR: Councillor Okafor, you supported it. "
      "OKAFOR: I did. The deal keeps the team here for thirty years, and the developer has agreed to build 400 affordable homes next to the site. "
      "DIAZ: Agreed in a letter, not in the contract. "
      "OKAFOR: That letter is binding, according to our city attorney. "
      "MODERATOR: Will the deal survive the referendum in May? "
      "OKAFOR: I believe it will. "
      "DIAZ: I'm not so sure. Polls show the city split almost evenly.")
PROBES = [
    # --- supported
    ("Priya Raman, chief economist at Coastline Bank, said a rate cut in March was unlikely [1.2][1.6].", T1, "R"),  # LABEL CORRECTION: "rate" comes only from the uncited host question [1.5]
    ("Raman said core inflation was still running at about 3.4 percent [1.7].", T1, "S"),
    ("Raman said her base case for a rate cut was June, though that could slip if wage growth stays above 5 percent [1.8][1.9].", T1, "R"),  # LABEL CORRECTION: "rate cut" is only in uncited [1.5]/[1.6]
    ("Raman said house prices fell 4 percent last year and that she expects them to be roughly flat this year [1.11].", T1, "S"),
    ("Raman said unemployment is at 4.1 percent [1.12][1.13].", T1, "S"),
    ("Raman said she would not be surprised to see unemployment reach 4.5 percent by the end of the year [1.12][1.14].", T1, "S"),
    ("Larsen said the hardest moment of his eleven years as head coach of the national team was losing the 2018 semi-final on penalties [1.1][1.2][1.3].", T2, "S"),
    ("Larsen said he still thinks about losing the 2018 semi-final [1.3][1.4].", T2, "S"),
    ("Larsen said he took responsibility for his choice of penalty takers [1.5][1.6].", T2, "S"),
    ("Larsen said he would pick the same five penalty takers again [1.5][1.7].", T2, "S"),
    ("Larsen said he had received offers from two clubs in Spain and was talking to one of them [1.10].", T2, "S"),
    ("Larsen said he would not coach again at international level [1.8][1.9].", T2, "S"),
    ("Councillor Diaz said the city was putting in $300 million and getting nothing guaranteed back [1.1][1.3].", T3, "S"),
    ("Diaz said the team's own study says the stadium will create 1,200 jobs, most of them seasonal [1.4].", T3, "S"),
    ("Okafor said the deal keeps the team here for thirty years [1.7].", T3, "S"),
    ("Okafor said the developer has agreed to build 400 affordable homes next to the site [1.7].", T3, "S"),
    ("Diaz said the developer's agreement was in a letter, not in the contract [1.8].", T3, "S"),
    ("Okafor said the letter is binding, according to the city attorney [1.9].", T3, "S"),
    ("Okafor believes the deal will survive the referendum in May [1.10][1.11].", T3, "S"),
    ("Diaz said polls show the city split almost evenly [1.13].", T3, "S"),
    ("Raman said the central bank wants to see core inflation closer to 2 before it moves [1.7].", T1, "R"),  # LABEL CORRECTION: [1.7] says only "the bank" (ambiguous: Raman works at a bank); "central" is in uncited [1.5]
    ("Priya Raman is chief economist at Coastline Bank [1.2].", T1, "S"),
    # --- unsupported
    # host asked the question; claim reports it as Raman's statement
    ("Raman said the central bank will cut rates in March [1.5].", T1, "R"),
    # unlikely -> ruled out
    ("Raman ruled out a rate cut in March [1.6].", T1, "R"),
    # June base case, hedge dropped -> bank will cut in June
    ("Raman said the central bank will cut rates in June [1.9].", T1, "R"),
    # slip if wage growth above 5 -> below 5
    ("Raman said a June cut could slip if wage growth falls below 5 percent [1.9].", T1, "R"),
    # house prices fell 4 -> rose 4
    ("Raman said house prices rose 4 percent last year [1.11].", T1, "R"),
    # expects roughly flat -> expects to fall 4 percent this year (figure pooled)
    ("Raman expects house prices to fall 4 percent this year [1.11].", T1, "R"),
    # about 3.4 -> 3.4 exact (approximation dropped)
    ("Raman said core inflation is running at 3.4 percent [1.7].", T1, "R"),
    # unemployment 4.1 now -> 4.5 now
    ("Raman said unemployment is at 4.5 percent now [1.13][1.14].", T1, "R"),
    # the host hosts Market Hours, not Raman
    ("Priya Raman hosts Market Hours [1.1][1.2].", T1, "R"),
    # some players said -> Larsen admitted wrong takers
    ("Larsen admitted he had picked the wrong penalty takers [1.5][1.6].", T2, "R"),
    # interviewer's report given as fact + invented 'missed'
    ("Several players criticised Larsen's penalty takers, who missed in the semi-final [1.5].", T2, "R"),
    # not at international level -> not coach again at all
    ("Larsen said he will not coach again [1.8][1.9].", T2, "R"),
    # talking to one -> signed with
    ("Larsen has signed with a club in Spain [1.10].", T2, "R"),
    # Spain -> Portugal
    ("Larsen said he had offers from two clubs in Portugal [1.10].", T2, "R"),
    # eleven -> twelve
    ("Larsen spent twelve years as head coach of the national team [1.1].", T2, "R"),
    # semi-final -> final
    ("Larsen said the hardest moment was losing the 2018 final on penalties [1.3].", T2, "R"),
    # by the summer -> by the spring
    ("Larsen said the club would be known by the spring [1.11][1.13].", T2, "R"),
    # Diaz voted against, Okafor supported
    ("Councillor Okafor voted against the stadium deal [1.1][1.5].", T3, "R"),
    # team's own study -> city study
    ("Diaz said a city study found the stadium will create 1,200 jobs [1.4].", T3, "R"),
    # most seasonal -> all seasonal
    ("Diaz said all of the 1,200 jobs would be seasonal [1.4].", T3, "R"),
    # Okafor said binding; claim gives it to Diaz
    ("Diaz said the letter is binding, according to the city attorney [1.8][1.9].", T3, "R"),
    # 400 homes -> 1,200 homes (pooled)
    ("Okafor said the developer has agreed to build 1,200 affordable homes [1.4][1.7].", T3, "R"),
    # thirty -> twenty years
    ("Okafor said the deal keeps the team here for twenty years [1.7].", T3, "R"),
    # almost evenly -> evenly
    ("Diaz said polls show the city split evenly [1.13].", T3, "R"),
    # not so sure -> predicted failure
    ("Diaz predicted the deal would fail in the May referendum [1.10][1.12].", T3, "R"),
]
