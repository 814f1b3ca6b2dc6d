# Sport
S1 = ("Kestrel City beat Ashford Rovers 3-1 on Saturday to move top of the league for the first time since 2011. "
      "Striker Omar Diallo scored twice in the first half, and midfielder Tom Bright added a third from the penalty spot in the 78th minute. "
      "Ashford's only goal came from defender Luis Mendes, who headed in a corner just before half-time. "
      "Ashford goalkeeper Ben Carver was sent off in the 70th minute for handling outside the area. "
      "Kestrel manager Gina Rossi said her side had 'earned the right to dream' but warned that the season was far from over. "
      "The attendance of 31,400 was a record for the stadium.")
S2 = ("Marta Kowalczyk won the women's marathon at the Riverside Games on Sunday in 2 hours 21 minutes and 8 seconds, a course record. "
      "The 29-year-old Pole finished 40 seconds ahead of Kenya's Faith Chebet, who had led until the 38-kilometre mark. "
      "Defending champion Aiko Tanaka of Japan dropped out after 25 kilometres with a calf injury. "
      "Temperatures reached 27 degrees Celsius by the end of the race, prompting organisers to add two extra water stations. "
      "Kowalczyk said afterwards that she had almost withdrawn on Friday because of a stomach illness.")
S3 = ("The Harbour Hawks have signed quarterback Derek Lyle to a four-year contract worth $180 million, the team announced on Tuesday. "
      "The deal includes $120 million in guaranteed money, the most in the franchise's history. "
      "Lyle, 27, threw for 4,300 yards and 31 touchdowns last season. "
      "He missed three games in October with a shoulder injury. "
      "General manager Ray Collins said the team had been negotiating with Lyle's agent since March.")
S4 = ("India won the second Test against New Zealand by seven wickets in Pune on Thursday, levelling the three-match series at 1-1. "
      "Spinner Ravi Menon took five wickets for 42 runs in New Zealand's second innings. "
      "Chasing 214, India reached their target with more than a day to spare, thanks to an unbeaten 96 from opener Arjun Rao. "
      "New Zealand captain Sam Whitlock said his batters had 'not handled the turn well'. "
      "The third and final Test begins in Mumbai on December 9.")
PROBES = [
    # --- supported
    ("Kestrel City moved top of the league for the first time since 2011 after beating Ashford Rovers 3-1 on Saturday [1.1].", S1, "S"),
    ("Omar Diallo scored twice in the first half for Kestrel [1.2].", S1, "R"),  # LABEL CORRECTION: [1.2] never says whose goals; Kestrel is only inferable from uncited [1.1]/[1.3]
    ("Tom Bright added a third goal from the penalty spot in the 78th minute [1.2].", S1, "S"),
    ("Defender Luis Mendes headed in a corner just before half-time for Ashford's only goal [1.3].", S1, "S"),
    ("Ashford goalkeeper Ben Carver was sent off in the 70th minute for handling outside the area [1.4].", S1, "S"),
    ("Kestrel manager Gina Rossi warned that the season was far from over [1.5].", S1, "S"),
    ("The crowd of 31,400 was a stadium record [1.6].", S1, "S"),
    ("Marta Kowalczyk won the women's marathon at the Riverside Games on Sunday in a course record of 2 hours 21 minutes and 8 seconds [1.1].", S2, "S"),
    ("Kowalczyk, 29, finished 40 seconds ahead of Faith Chebet of Kenya [1.2].", S2, "S"),
    ("Chebet had led until the 38-kilometre mark [1.2].", S2, "S"),
    ("Defending champion Aiko Tanaka dropped out after 25 kilometres with a calf injury [1.3].", S2, "S"),
    ("Organisers added two extra water stations as temperatures reached 27 degrees Celsius [1.4].", S2, "S"),
    ("Kowalczyk said she had almost withdrawn on Friday because of a stomach illness [1.5].", S2, "S"),
    ("The Harbour Hawks signed quarterback Derek Lyle to a four-year, $180 million contract, the team said on Tuesday [1.1].", S3, "S"),
    ("The deal's $120 million in guaranteed money is the most in franchise history [1.2].", S3, "S"),
    ("Lyle threw for 4,300 yards and 31 touchdowns last season [1.3].", S3, "S"),
    ("Lyle missed three games in October with a shoulder injury [1.3][1.4].", S3, "S"),
    ("General manager Ray Collins said the team had been negotiating with Lyle's agent since March [1.5].", S3, "S"),
    ("India beat New Zealand by seven wickets in the second Test in Pune on Thursday, levelling the series at 1-1 [1.1].", S4, "S"),
    ("Ravi Menon took five wickets for 42 runs in New Zealand's second innings [1.2].", S4, "S"),
    ("Opener Arjun Rao's unbeaten 96 helped India chase down 214 with more than a day to spare [1.3].", S4, "S"),
    ("New Zealand captain Sam Whitlock said his batters had 'not handled the turn well' [1.4].", S4, "S"),
    ("The third Test begins in Mumbai on December 9 [1.5].", S4, "S"),
    # --- unsupported
    # role swap scoreline
    ("Ashford Rovers beat Kestrel City 3-1 on Saturday [1.1].", S1, "R"),
    # Diallo scored twice in first half -> second half
    ("Omar Diallo scored twice in the second half [1.2].", S1, "R"),
    # Bright penalty 78th -> 70th (pooled from red card)
    ("Tom Bright scored from the penalty spot in the 70th minute [1.2][1.4].", S1, "R"),
    # Mendes defender -> midfielder
    ("Ashford midfielder Luis Mendes headed in a corner just before half-time [1.3].", S1, "R"),
    # Carver sent off for handling outside area -> for a foul on Diallo (invented)
    ("Ben Carver was sent off in the 70th minute for a foul on Omar Diallo [1.2][1.4].", S1, "R"),
    # Rossi "earned the right to dream" -> said title was won
    ("Gina Rossi said her side had won the title [1.5].", S1, "R"),
    # first time since 2011 -> first time ever
    ("Kestrel City moved top of the league for the first time in the club's history [1.1].", S1, "R"),
    # Rossi quote attributed to Carver (speaker swap)
    ("Ben Carver said Kestrel had 'earned the right to dream' [1.4][1.5].", S1, "R"),
    # 40 seconds -> 40 minutes
    ("Kowalczyk finished 40 minutes ahead of Faith Chebet [1.2].", S2, "R"),
    # Chebet led until 38 km; claim says Tanaka led
    ("Aiko Tanaka had led until the 38-kilometre mark [1.2][1.3].", S2, "R"),
    # calf injury -> hamstring injury
    ("Aiko Tanaka dropped out after 25 kilometres with a hamstring injury [1.3].", S2, "R"),
    # almost withdrawn -> withdrew
    ("Kowalczyk withdrew on Friday because of a stomach illness [1.5].", S2, "R"),
    # course record -> world record
    ("Kowalczyk won the women's marathon in 2 hours 21 minutes and 8 seconds, a world record [1.1].", S2, "R"),
    # Pole -> Czech
    ("The 29-year-old Czech runner finished 40 seconds ahead of Chebet [1.2].", S2, "R"),
    # two extra water stations -> two extra medical tents
    ("Organisers added two extra medical tents because of the heat [1.4].", S2, "R"),
    # guaranteed 120 -> 180 guaranteed
    ("The contract includes $180 million in guaranteed money [1.1][1.2].", S3, "R"),
    # four-year -> five-year
    ("The Harbour Hawks signed Derek Lyle to a five-year contract worth $180 million [1.1].", S3, "R"),
    # 31 touchdowns -> 31 interceptions
    ("Lyle threw 31 interceptions last season [1.3].", S3, "R"),
    # missed three games in October -> November
    ("Lyle missed three games in November with a shoulder injury [1.4].", S3, "R"),
    # negotiating with agent since March -> signed in March
    ("Lyle signed with the Hawks in March [1.5].", S3, "R"),
    # shoulder injury -> knee
    ("He missed three games in October with a knee injury [1.4].", S3, "R"),
    # seven wickets -> seven runs
    ("India won the second Test by seven runs [1.1].", S4, "R"),
    # levelling -> India lead series 2-1
    ("India took a 2-1 lead in the three-match series [1.1].", S4, "R"),
    # Menon five wickets in NZ first innings
    ("Ravi Menon took five wickets for 42 runs in New Zealand's first innings [1.2].", S4, "R"),
    # unbeaten 96 -> century
    ("Opener Arjun Rao hit an unbeaten century as India chased 214 [1.3].", S4, "R"),
    # Whitlock said batters -> said bowlers
    ("Sam Whitlock said his bowlers had not handled the turn well [1.4].", S4, "R"),
    # third Test in Mumbai -> Chennai
    ("The final Test begins in Chennai on December 9 [1.5].", S4, "R"),
]
