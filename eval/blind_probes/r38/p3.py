# Domain: cricket Test match report
S1 = " ".join([
    "England beat New Zealand by 84 runs on the fifth day of the second Test at Headingley on Monday to take a 2-0 lead in the three-match series.",
    "Set 312 to win, New Zealand were bowled out for 227 shortly after tea, with seamer Owen Bradshaw taking 5 for 41.",
    "It was Bradshaw's third five-wicket haul in Tests and his first at his home ground.",
    "New Zealand had resumed on 96 for 2, with opener Liam Parata unbeaten on 48.",
    "Parata went on to make 103, his second Test century, before he was caught at slip off the spinner Rehan Mirza.",
    "His dismissal triggered a collapse in which New Zealand lost their last seven wickets for 58 runs.",
    "England captain Ben Ashworth said the win was 'as good as any I've been part of', praising Bradshaw's 'relentless' spell with the second new ball.",
    "Ashworth had earlier made 142 in England's first innings of 398, his highest Test score.",
    "New Zealand replied with 301, and England then declared their second innings on 214 for 6 on the fourth evening.",
    "New Zealand coach Mark Whitcombe said his side had 'let a good position slip' and that the batting collapse was 'hard to explain'.",
    "Rain had washed out the whole of the first morning's play, and the match was only completed with an hour left in the scheduled final session.",
    "Ashworth was named player of the match for his first-innings century.",
    "The crowd of around 14,000 on the final day was the largest for a fifth day at Headingley since 2019.",
    "The third and final Test begins at The Oval on 24 August.",
    "New Zealand will be without fast bowler Kyle Mathers, who was ruled out with a side strain on Sunday.",
])
PROBES = [
("England won the second Test at Headingley by 84 runs to go 2-0 up in the series [1.1].", S1, "S"),  # matches
("England's victory came on the fifth day, a Monday [1.1].", S1, "S"),  # matches
("England lead the three-Test series 2-0 with one match to play [1.1].", S1, "S"),  # second of three
("England beat New Zealand by 84 runs in the first Test at Headingley [1.1].", S1, "R"),  # second Test
("England won by 84 runs on the fourth day [1.1].", S1, "R"),  # fifth day
("The win gave England a 2-0 lead in a five-match series [1.1].", S1, "R"),  # three-match
("Chasing 312, New Zealand were all out for 227 soon after tea [1.2].", S1, "S"),  # matches
("New Zealand were dismissed for 227 in their second innings [1.2].", S1, "S"),  # set 312 = fourth innings
("Owen Bradshaw finished with figures of 5 for 41 [1.2].", S1, "S"),  # matches
("Set 312, New Zealand were bowled out for 227 shortly before tea [1.2].", S1, "R"),  # after tea
("Owen Bradshaw took 5 for 14 [1.2].", S1, "R"),  # 5 for 41
("Rehan Mirza took 5 for 41 as New Zealand collapsed [1.2, 1.5].", S1, "R"),  # figures belong to Bradshaw
("Seamer Bradshaw has now taken five wickets in a Test innings three times [1.2, 1.3].", S1, "S"),  # third five-for
("Headingley is Bradshaw's home ground, and he had never before taken five wickets in a Test there [1.1, 1.3].", S1, "S"),  # first at home ground
("It was Bradshaw's first five-wicket haul in Tests [1.3].", S1, "R"),  # third
("Bradshaw had taken five wickets in a Test innings at Headingley twice before [1.3].", S1, "R"),  # first at home ground
("New Zealand resumed on 96 for 2, needing a further 216 runs to win [1.2, 1.4].", S1, "S"),  # 312 - 96
("New Zealand had resumed on 96 for 3 [1.4].", S1, "R"),  # 96 for 2
("Opener Liam Parata resumed unbeaten on 84 [1.4].", S1, "R"),  # 48
("Liam Parata, 48 not out overnight, went on to score a century [1.4, 1.5].", S1, "S"),  # 103
("Parata's 103 was the second Test hundred of his career [1.5].", S1, "S"),  # matches
("Parata was out for 103, caught at slip off a spinner [1.5].", S1, "S"),  # generalised
("Spinner Rehan Mirza had Parata caught at slip [1.5].", S1, "S"),  # matches
("Parata's 103 was his maiden Test century [1.5].", S1, "R"),  # second
("Parata was caught at slip off Owen Bradshaw [1.5].", S1, "R"),  # off Mirza
("Parata was caught behind off the spinner Rehan Mirza [1.5].", S1, "R"),  # at slip
("New Zealand's last seven wickets fell for 58 runs once Parata was out [1.6].", S1, "S"),  # reworded
("New Zealand lost their last seven wickets for 85 runs [1.6].", S1, "R"),  # 58
("New Zealand lost their last eight wickets for 58 runs [1.6].", S1, "R"),  # seven
("Ashworth described the victory as 'as good as any I've been part of' [1.7].", S1, "S"),  # matches
("The England captain singled out Bradshaw's spell with the second new ball as relentless [1.7].", S1, "S"),  # praise
("Mark Whitcombe said the win was 'as good as any I've been part of' [1.7].", S1, "R"),  # Ashworth said it
("Ashworth praised Bradshaw's spell with the old ball [1.7].", S1, "R"),  # second new ball
("England captain Ashworth hit 142, the best Test score of his career [1.7, 1.8].", S1, "S"),  # highest score
("England made 398 in their first innings, with their captain contributing 142 [1.7, 1.8].", S1, "S"),  # merged
("Ashworth made 142 in England's second innings [1.8].", S1, "R"),  # first innings
("Ashworth's 142 equalled his highest Test score [1.8].", S1, "R"),  # it is his highest
("England made 389 in their first innings [1.8].", S1, "R"),  # 398
("New Zealand trailed by 97 on first innings after making 301 in reply to 398 [1.8, 1.9].", S1, "S"),  # 398 - 301
("New Zealand took a first-innings lead after making 301 [1.8, 1.9].", S1, "R"),  # they trailed
("England declared their second innings on 214 for 6 on the fourth evening [1.9].", S1, "S"),  # near verbatim
("England declared their second innings on the fifth morning [1.9].", S1, "R"),  # fourth evening
("England declared on 214 for 7 [1.9].", S1, "R"),  # 214 for 6
("Whitcombe said his team had let a good position slip and found the batting collapse hard to explain [1.10].", S1, "S"),  # reported speech
("New Zealand's coach admitted his side had squandered a good position [1.10].", S1, "S"),  # paraphrase
("Whitcombe blamed the batting collapse on the state of the pitch [1.10].", S1, "R"),  # added cause
("The first morning's play was lost entirely to rain [1.11].", S1, "S"),  # matches
("Despite losing the first morning to rain, the match finished with an hour of the final session to spare [1.11].", S1, "S"),  # reworded
("Rain washed out the whole of the first day's play [1.11].", S1, "R"),  # first morning only
("The match was completed with two hours left in the final session [1.11].", S1, "R"),  # one hour
("Ashworth received the player-of-the-match award for his first-innings hundred [1.12].", S1, "S"),  # matches
("Bradshaw was named player of the match for his five-wicket haul [1.12].", S1, "R"),  # Ashworth
("About 14,000 spectators attended the final day, the biggest fifth-day crowd at Headingley since 2019 [1.13].", S1, "S"),  # matches
("The final-day crowd of around 14,000 was the largest ever for a fifth day at Headingley [1.13].", S1, "R"),  # since 2019
("The final-day crowd of 14,000 was the largest for any day at Headingley since 2019 [1.13].", S1, "R"),  # scope widened
("The series concludes at The Oval, starting on 24 August [1.14].", S1, "S"),  # matches
("The third Test begins at Lord's on 24 August [1.14].", S1, "R"),  # The Oval
("The final Test at The Oval starts on 24 July [1.14].", S1, "R"),  # August
("Fast bowler Kyle Mathers will miss the Oval Test after being ruled out with a side strain [1.14, 1.15].", S1, "S"),  # merged
("Kyle Mathers was ruled out on Sunday [1.15].", S1, "S"),  # matches
("Kyle Mathers was ruled out with a hamstring injury [1.15].", S1, "R"),  # side strain
("Kyle Mathers was injured while bowling during the Headingley Test [1.15].", S1, "R"),  # cause not stated
("Parata's departure sparked a New Zealand collapse [1.5, 1.6].", S1, "S"),  # triggered collapse
("New Zealand's coach Mark Whitcombe said the collapse was hard to explain [1.10].", S1, "S"),  # matches
("Ben Ashworth was named player of the match for his second-innings century [1.12].", S1, "R"),  # first-innings
]
