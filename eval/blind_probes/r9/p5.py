# sport
S1 = ("Harwick United beat Castleford 3-1 on Saturday to move top of the league for the first time since 2009. "
      "Striker Jamal Osei scored twice before half-time, and substitute Leo Brandt added a third in the 78th minute. "
      "Castleford's only goal came from a penalty by captain Ryan Hale. "
      "Harwick manager Sofia Reyes said her side had been lucky to survive a spell of pressure early in the second half. "
      "The match was watched by a crowd of 24,312, a record for the stadium.")
S2 = ("Kenyan runner Faith Chebet won the Berlin Marathon on Sunday in 2 hours 16 minutes 40 seconds, the second-fastest time ever run by a woman. "
      "Chebet, 27, finished almost three minutes ahead of Ethiopia's Tigist Alemu. "
      "The world record of 2:11:53 was not threatened as temperatures rose above 20C in the closing stages. "
      "In the men's race, defending champion Peter Kamau dropped out after 30 kilometres with a calf injury.")
S3 = ("Australia were bowled out for 212 on the first day of the second Test against India in Adelaide. "
      "Fast bowler Jasprit Bumrah took five wickets for 48 runs. "
      "Opener Travis Head top-scored with 67 before he was caught at slip. "
      "India closed on 41 for one, trailing by 171 runs. "
      "Australia won the first Test in Perth by nine wickets.")
PROBES = [
    ("Harwick United beat Castleford 3-1 on Saturday, going top of the league for the first time since 2009 [1.1].", S1, "S"),
    ("Jamal Osei scored twice before half-time [1.2].", S1, "S"),
    ("Substitute Leo Brandt added a third goal in the 78th minute [1.2].", S1, "S"),
    ("Castleford captain Ryan Hale scored his side's only goal from a penalty [1.3].", S1, "S"),
    ("Harwick manager Sofia Reyes said her team had been lucky to survive a spell of pressure early in the second half [1.4].", S1, "S"),
    ("A stadium-record crowd of 24,312 watched the match [1.5].", S1, "S"),
    ("Osei's two first-half goals helped Harwick beat Castleford 3-1 [1.1][1.2].", S1, "S"),
    ("Faith Chebet of Kenya won the Berlin Marathon on Sunday in 2:16:40 [1.1].", S2, "S"),
    ("Chebet's time was the second-fastest ever run by a woman [1.1].", S2, "S"),
    ("Chebet, 27, finished almost three minutes ahead of Ethiopia's Tigist Alemu [1.2].", S2, "S"),
    ("The world record of 2:11:53 was not threatened as temperatures climbed above 20C late in the race [1.3].", S2, "S"),
    ("Defending men's champion Peter Kamau dropped out after 30 kilometres with a calf injury [1.4].", S2, "S"),
    ("Australia were bowled out for 212 on day one of the second Test against India in Adelaide [1.1].", S3, "S"),
    ("Jasprit Bumrah took five wickets for 48 runs [1.2].", S3, "S"),
    ("Travis Head top-scored with 67 before being caught at slip [1.3].", S3, "S"),
    ("India closed on 41 for one, 171 runs behind [1.4].", S3, "S"),
    ("Australia won the first Test in Perth by nine wickets [1.5].", S3, "S"),
    ("Bumrah's five for 48 helped dismiss Australia for 212 [1.1][1.2].", S3, "S"),
    ("Kamau, the defending champion, pulled out of the men's race after 30 kilometres [1.4].", S2, "S"),
    ("The crowd of 24,312 was a record for the stadium [1.5].", S1, "S"),
    # unsupported
    # score swapped in roles
    ("Castleford beat Harwick United 3-1 on Saturday [1.1].", S1, "R"),
    # first time since 2009 -> first time ever
    ("Harwick moved top of the league for the first time in their history [1.1].", S1, "R"),
    # Osei scored twice, Brandt once: claim Osei hat-trick
    ("Jamal Osei scored a hat-trick for Harwick [1.2].", S1, "R"),
    # minute pooled
    ("Osei scored in the 78th minute [1.2].", S1, "R"),
    # Hale's penalty missed
    ("Ryan Hale missed a penalty for Castleford [1.3].", S1, "R"),
    # Reyes said lucky -> said deserved
    ("Reyes said her side had deserved the win [1.4].", S1, "R"),
    # speaker swap: Castleford manager
    ("Castleford's manager said his side had been lucky to survive a spell of pressure [1.4].", S1, "R"),
    # record crowd for league vs stadium
    ("The crowd of 24,312 was a league record [1.5].", S1, "R"),
    # fastest vs second-fastest
    ("Chebet ran the fastest time ever by a woman [1.1].", S2, "R"),
    # almost three minutes -> more than three minutes
    ("Chebet finished more than three minutes ahead of Tigist Alemu [1.2].", S2, "R"),
    # nationality swap
    ("Ethiopian runner Faith Chebet won the Berlin Marathon [1.1][1.2].", S2, "R"),
    # world record broken
    ("Chebet broke the world record of 2:11:53 [1.3].", S2, "R"),
    # Kamau won
    ("Defending champion Peter Kamau won the men's race [1.4].", S2, "R"),
    # calf injury -> knee injury
    ("Peter Kamau dropped out with a knee injury [1.4].", S2, "R"),
    # cause invented
    ("Kamau dropped out because temperatures rose above 20C [1.3][1.4].", S2, "R"),
    # Australia bowled out in Perth (place from other sentence)
    ("Australia were bowled out for 212 in Perth [1.1][1.5].", S3, "R"),
    # Bumrah five for 48 -> six
    ("Bumrah took six wickets for 48 runs [1.2].", S3, "R"),
    # India trails by 171 -> leads
    ("India closed on 41 for one, leading by 171 runs [1.4].", S3, "R"),
    # Head caught at slip -> bowled
    ("Travis Head was bowled for 67 [1.3].", S3, "R"),
    # India won first Test
    ("India won the first Test in Perth by nine wickets [1.5].", S3, "R"),
    # first Test vs second
    ("Australia were bowled out for 212 on the first day of the first Test [1.1].", S3, "R"),
]
