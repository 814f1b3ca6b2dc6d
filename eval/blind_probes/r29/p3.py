# Domain: a cricket match report
S1 = " ".join([
    "England beat India by 28 runs in the first Test at Headingley on Monday to take a 1-0 lead in the five-match series.",
    "Set 371 to win, India were bowled out for 342 shortly after tea on the fifth day.",
    "Joe Root made an unbeaten 134 in England's second innings, his 37th Test century.",
    "Fast bowler Mark Wood took four wickets for 61, including the prize scalp of Virat Kohli for 47.",
    "India captain Rohit Sharma said: \"We were in the game until the last hour, but we dropped too many catches.\"",
    "India dropped five catches across the match, three of them off the bowling of Jasprit Bumrah.",
    "Bumrah still finished with match figures of nine for 140.",
    "England captain Ben Stokes described the win as \"one of the most satisfying\" of his captaincy.",
    "Rain delayed the start of play on the fourth day by almost two hours.",
    "The second Test begins at Lord's on Thursday week, and England are expected to name an unchanged squad.",
])
PROBES = [
("England won the opening Test at Headingley by 28 runs on Monday, going 1-0 up in the five-match series [1.1].", S1, "S"),  # paraphrase
("India lost the first Test to England by 28 runs [1.1].", S1, "S"),  # voice change
("England beat India by 28 wickets in the first Test [1.1].", S1, "R"),  # runs -> wickets
("England beat India by 28 runs on Tuesday [1.1].", S1, "R"),  # wrong weekday
("England beat India by 28 runs at Lord's [1.1].", S1, "R"),  # wrong venue
("India beat England by 28 runs in the first Test [1.1].", S1, "R"),  # swapped roles
("England took a 1-0 lead in the four-match series [1.1].", S1, "R"),  # five -> four
("England took a 2-0 lead in the series [1.1].", S1, "R"),  # score wrong
("Chasing 371, India were dismissed for 342 soon after tea on day five [1.2].", S1, "S"),  # paraphrase
("India, needing 371, fell 29 runs short of their target [1.2].", S1, "S"),  # 371-342=29 (relabelled: first marked R, but arithmetic against target is correct)
("India were bowled out for 342 shortly before tea on the fifth day [1.2].", S1, "R"),  # after -> before
("India were bowled out for 342 on the fourth day [1.2].", S1, "R"),  # wrong day
("India were set 317 to win [1.2].", S1, "R"),  # digit transposition
("Joe Root scored 134 not out in England's second innings, his 37th Test hundred [1.3].", S1, "S"),  # unbeaten = not out
("Root's unbeaten 134 was the 37th century of his Test career [1.3].", S1, "S"),  # reworded
("Joe Root made 134 in England's first innings [1.3].", S1, "R"),  # second -> first innings
("Joe Root made an unbeaten 134, his 38th Test century [1.3].", S1, "R"),  # 37 -> 38
("Joe Root was out for 134 in the second innings [1.3].", S1, "R"),  # unbeaten -> out
("Joe Root made an unbeaten 134, his 37th one-day international century [1.3].", S1, "R"),  # Test -> ODI
("Mark Wood claimed four for 61, dismissing Virat Kohli for 47 [1.4].", S1, "S"),  # paraphrase
("Among Mark Wood's four victims was Virat Kohli, out for 47 [1.4].", S1, "S"),  # reordered
("Mark Wood took five wickets for 61 [1.4].", S1, "R"),  # four -> five
("Spinner Mark Wood took four wickets for 61 [1.4].", S1, "R"),  # fast -> spinner
("Mark Wood dismissed Virat Kohli for 74 [1.4].", S1, "R"),  # 47 -> 74
("Mark Wood dismissed Rohit Sharma for 47 [1.4].", S1, "R"),  # wrong player
("Rohit Sharma said India had been in contention until the final hour but had put down too many catches [1.5].", S1, "S"),  # reported speech
("India's captain blamed dropped catches, saying his side had been in the game until the last hour [1.5].", S1, "S"),  # reported speech reordered
("Rohit Sharma said India had never been in the game [1.5].", S1, "R"),  # contradicts
("Ben Stokes said India had dropped too many catches [1.5].", S1, "R"),  # wrong speaker
("Rohit Sharma said India dropped too many catches because of poor light [1.5].", S1, "R"),  # added cause
("India put down five catches in the match, three of them off Jasprit Bumrah [1.6].", S1, "S"),  # put down = dropped
("Three of India's five dropped catches came off Bumrah's bowling [1.6].", S1, "S"),  # reordered
("India dropped five catches, all of them off Jasprit Bumrah [1.6].", S1, "R"),  # three -> all
("England dropped five catches across the match [1.6].", S1, "R"),  # wrong team
("India dropped five catches, three of them off Mohammed Siraj [1.6].", S1, "R"),  # wrong bowler
("India dropped six catches across the match [1.6].", S1, "R"),  # five -> six
("Bumrah nevertheless ended with nine wickets for 140 in the match [1.7].", S1, "S"),  # paraphrase
("Despite the dropped catches, Bumrah took nine wickets in the match [1.6, 1.7].", S1, "S"),  # merge
("Bumrah finished with match figures of ten for 140 [1.7].", S1, "R"),  # nine -> ten
("Bumrah took nine for 140 in the first innings [1.7].", S1, "R"),  # match -> innings
("Ben Stokes called the victory one of the most satisfying of his time as captain [1.8].", S1, "S"),  # reported speech
("Ben Stokes described the win as the most satisfying of his captaincy [1.8].", S1, "R"),  # one of the most -> the most
("Ben Stokes described the win as one of the most satisfying of his career [1.8].", S1, "R"),  # captaincy -> career (broader)
("Joe Root described the win as one of the most satisfying [1.8].", S1, "R"),  # wrong speaker
("Play on day four started nearly two hours late because of rain [1.9].", S1, "S"),  # paraphrase
("Rain held up the start on the fourth morning by almost two hours [1.9].", S1, "S"),  # reworded
("Rain delayed the start of play on the fifth day by almost two hours [1.9].", S1, "R"),  # wrong day
("Rain delayed the start of play on the fourth day by more than two hours [1.9].", S1, "R"),  # almost -> more than
("Rain washed out the whole of the fourth day [1.9].", S1, "R"),  # exaggeration
("The second Test will be played at Lord's starting on Thursday week [1.10].", S1, "S"),  # paraphrase
("England are expected to keep the same squad for the second Test at Lord's [1.10].", S1, "S"),  # hedge kept
("England have named an unchanged squad for the second Test [1.10].", S1, "R"),  # expected -> done
("The second Test begins at The Oval on Thursday week [1.10].", S1, "R"),  # wrong venue
("The second Test begins at Lord's on Friday week [1.10].", S1, "R"),  # wrong day
("England are expected to recall Jofra Archer for the second Test [1.10].", S1, "R"),  # invented
("Root made an unbeaten 134 in England's second innings, and India were set 371 to win [1.2, 1.3].", S1, "S"),  # merge
("England won by 28 runs after Wood took four wickets, including Kohli [1.1, 1.4].", S1, "S"),  # merge
("India were bowled out for 342 after dropping five catches, and Rohit Sharma blamed the misses [1.2, 1.5, 1.6].", S1, "S"),  # merge of three
("England won by 28 runs in a Test in which rain delayed the start of the fourth day [1.1, 1.9].", S1, "S"),  # merge
("England won by 28 runs thanks to Root's unbeaten 134 and Wood's five wickets [1.1, 1.3, 1.4].", S1, "R"),  # four -> five
("Root made an unbeaten 134 as India were bowled out for 342 [1.3].", S1, "R"),  # 342 from uncited 1.2
("Rohit Sharma said India dropped five catches [1.5].", S1, "R"),  # five from uncited 1.6; quote says 'too many'
("India were bowled out for 342 on the fifth day [1.1].", S1, "R"),  # wrong sentence cited
("Wood took four for 61 while Bumrah took nine for 140 in the match [1.4, 1.7].", S1, "S"),  # merge
("Stokes hailed a 28-run win that gave England the lead in the series [1.1, 1.8].", S1, "S"),  # merge
("The start of the fourth day was delayed by rain for nearly two hours, and Stokes said this cost India the match [1.8, 1.9].", S1, "R"),  # invented claim
("The hosts lead the five-Test series 1-0 after a 28-run victory at Headingley [1.1].", S1, "S"),  # paraphrase
("India's pursuit of 371 ended at 342 on the final day, shortly after the tea interval [1.2].", S1, "S"),  # fifth day of Test = final day
("Root's 134 not out was his 37th hundred in Tests [1.3].", S1, "S"),  # paraphrase
("Kohli fell for 47 to Mark Wood, who finished with four for 61 [1.4].", S1, "S"),  # voice change
("Rohit Sharma felt his side had stayed competitive until the last hour, but lamented the number of dropped catches [1.5].", S1, "S"),  # reported speech
("Bumrah was the unlucky bowler on three of the five occasions India put down a catch [1.6].", S1, "S"),  # reframed
("Stokes ranked the victory among the most satisfying of his captaincy [1.8].", S1, "S"),  # paraphrase
("An unchanged England squad is expected for the second Test, which starts at Lord's on Thursday week [1.10].", S1, "S"),  # reordered
("Bumrah's match return was nine wickets for 140 runs [1.7].", S1, "S"),  # nominalisation
("A delay of almost two hours, caused by rain, preceded the start of day four [1.9].", S1, "S"),  # nominalisation
("India's captain said the team was in the game until the final hour, and three of the five catches they dropped were off Bumrah [1.5, 1.6].", S1, "S"),  # merge
("England secured a 28-run win, with Root unbeaten on 134 in the second innings [1.1, 1.3].", S1, "S"),  # merge
("Wood's four wickets included Kohli, who had made 47 [1.4].", S1, "S"),  # paraphrase
]
