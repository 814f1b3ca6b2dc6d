# Domain: a regional election count
S1 = " ".join([
    "The count for the Northmoor regional assembly election finished at 4:15am on Friday, nearly six hours later than scheduled.",
    "Labour's Priya Mensah won the Eastfield seat by 312 votes after two recounts requested by the Green candidate, Tom Hale.",
    "Turnout across the region was 38.4%, down from 44.1% at the previous election in 2021.",
    "Returning officer Gillian Shore said the delay was caused by a fault in the ballot-scanning machines at the Hexley counting centre.",
    "She insisted that no ballots had been lost and that every paper had been counted by hand where the scanners failed.",
    "The Conservatives lost four of their nine seats, leaving them with five members in the 40-seat assembly.",
    "Reform UK did not win any seats, although its candidates came second in seven constituencies.",
    "Hale said he may challenge the Eastfield result in court but had not yet taken legal advice.",
])
S2 = " ".join([
    "Labour now holds 22 of the 40 seats, giving it an outright majority for the first time since 2013.",
    "Party leader Daniel Okoro described the result as a clear mandate to reopen the region's two closed maternity units.",
    "The Liberal Democrats gained two seats, both in the rural west of the region.",
    "Analysts at the University of Hexley said the low turnout probably reflected voter fatigue after a general election in the spring.",
    "The assembly is expected to meet for the first time on 14 May to elect a presiding officer.",
    "Okoro said Labour would not enter a formal coalition with any other party.",
])
PROBES = [
("The Northmoor count ended at 4:15am on Friday, almost six hours behind schedule [1.1].", S1, "S"),  # paraphrase
("The Northmoor count ended at 4:15am on Thursday, almost six hours behind schedule [1.1].", S1, "R"),  # wrong weekday
("The Northmoor count ended at 4:15am on Friday, more than six hours behind schedule [1.1].", S1, "R"),  # nearly -> more than
("Priya Mensah of Labour took Eastfield by a margin of 312 votes following two recounts [1.2].", S1, "S"),  # paraphrase
("Priya Mensah of Labour took Eastfield by a margin of 321 votes following two recounts [1.2].", S1, "R"),  # number swapped
("Priya Mensah requested two recounts before winning Eastfield by 312 votes [1.2].", S1, "R"),  # role swap: Hale requested recounts
("The recounts in Eastfield were requested by Green candidate Tom Hale [1.2].", S1, "S"),  # passive paraphrase
("Regional turnout fell to 38.4% from 44.1% in 2021 [1.3].", S1, "S"),  # compression
("Regional turnout rose to 38.4% from 44.1% in 2021 [1.3].", S1, "R"),  # antonym (fell->rose)
("Regional turnout fell to 38.4% from 44.1% in 2017 [1.3].", S1, "R"),  # wrong year
("Turnout in the region dropped by 5.7 percentage points compared with 2021 [1.3].", S1, "S"),  # 44.1-38.4=5.7 arithmetic
("Gillian Shore, the returning officer, blamed the hold-up on faulty ballot scanners at Hexley's counting centre [1.4].", S1, "S"),  # paraphrase
("Gillian Shore blamed the hold-up on faulty ballot scanners at the Eastfield counting centre [1.4].", S1, "R"),  # place swapped
("Gillian Shore blamed the hold-up on a staff shortage at the Hexley counting centre [1.4].", S1, "R"),  # invented cause
("Shore said the delay was caused by a scanner fault that had been reported weeks earlier [1.4].", S1, "R"),  # added detail
("Shore maintained that no ballots went missing and that papers were hand-counted wherever scanners broke down [1.4, 1.5].", S1, "S"),  # paraphrase
("Shore admitted that some ballots had been lost when the scanners failed [1.5].", S1, "R"),  # negation flipped
("Shore said every paper in the region had been counted by hand [1.5].", S1, "R"),  # scope: only where scanners failed
("The Conservatives were left with five seats in the 40-member assembly after losing four [1.6].", S1, "S"),  # reorder
("The Conservatives are down to five seats from nine [1.6].", S1, "S"),  # 9-4=5
("The Conservatives lost five of their nine seats [1.6].", S1, "R"),  # lost 4, kept 5
("The Conservatives lost four seats, leaving them as the second-largest party in the assembly [1.6].", S1, "R"),  # added claim not stated
("Reform UK failed to win a seat but finished runner-up in seven constituencies [1.7].", S1, "S"),  # paraphrase
("Reform UK won one seat and finished runner-up in seven constituencies [1.7].", S1, "R"),  # negation dropped
("Reform UK finished second in seventeen constituencies without winning a seat [1.7].", S1, "R"),  # number changed
("Hale said he might take the Eastfield result to court, though he had not yet consulted lawyers [1.8].", S1, "S"),  # hedge kept
("Hale said he will challenge the Eastfield result in court [1.8].", S1, "R"),  # hedge dropped
("Hale said he had taken legal advice about challenging the Eastfield result [1.8].", S1, "R"),  # negation dropped
("Hale has launched a court challenge to the Eastfield result [1.8].", S1, "R"),  # modality: may -> did
("Labour won an outright majority with 22 of the 40 seats, its first since 2013 [2.1].", [S1, S2], "S"),  # paraphrase
("Labour won an outright majority with 22 of the 40 seats, its first since 2010 [2.1].", [S1, S2], "R"),  # wrong year
("Labour won 24 of the 40 seats, an outright majority [2.1].", [S1, S2], "R"),  # wrong number
("Labour's majority is its first since 2013 [1.6].", [S1, S2], "R"),  # wrong sentence cited (fact is in 2.1)
("Daniel Okoro called the result a clear mandate to reopen the region's two shut maternity units [2.2].", [S1, S2], "S"),  # paraphrase
("Daniel Okoro called the result a clear mandate to reopen the region's three closed maternity units [2.2].", [S1, S2], "R"),  # two -> three
("Priya Mensah called the result a clear mandate to reopen the two closed maternity units [2.2].", [S1, S2], "R"),  # wrong speaker
("Okoro said the result was a clear mandate to build two new maternity units [2.2].", [S1, S2], "R"),  # reopen closed -> build new
("The Liberal Democrats picked up two seats, both in the region's rural west [2.3].", [S1, S2], "S"),  # paraphrase
("The Liberal Democrats picked up two seats, both in the region's urban east [2.3].", [S1, S2], "R"),  # place swapped
("The Liberal Democrats picked up two seats, one of them in the rural west [2.3].", [S1, S2], "R"),  # scope: both -> one
("University of Hexley analysts said low turnout probably reflected voter fatigue following a spring general election [2.4].", [S1, S2], "S"),  # hedge kept
("University of Hexley analysts said low turnout was caused by voter fatigue following a spring general election [2.4].", [S1, S2], "R"),  # hedge dropped
("University of Hexley analysts said low turnout probably reflected anger over the maternity closures [2.4].", [S1, S2], "R"),  # invented cause
("The new assembly is due to convene on 14 May to choose a presiding officer [2.5].", [S1, S2], "S"),  # expected -> due
("The new assembly met on 14 May and elected a presiding officer [2.5].", [S1, S2], "R"),  # modality: expected -> did
("The new assembly is expected to convene on 4 May to choose a presiding officer [2.5].", [S1, S2], "R"),  # date changed
("Okoro ruled out a formal coalition with any other party [2.6].", [S1, S2], "S"),  # paraphrase
("Okoro said Labour would enter a formal coalition with another party [2.6].", [S1, S2], "R"),  # negation dropped
("After losing four seats the Conservatives hold five, while Labour has an outright majority of 22 [1.6, 2.1].", [S1, S2], "S"),  # merge
("Labour holds 22 seats and the Conservatives six in the 40-seat assembly [1.6, 2.1].", [S1, S2], "R"),  # Conservatives have five
("Turnout fell to 38.4%, which Hexley analysts said probably reflected voter fatigue [1.3, 2.4].", [S1, S2], "S"),  # merge
("Turnout fell to 38.4%, which returning officer Gillian Shore said reflected voter fatigue [1.3, 2.4].", [S1, S2], "R"),  # wrong speaker
("Green candidate Tom Hale lost Eastfield to Labour's Priya Mensah by 312 votes [1.2].", S1, "S"),  # perspective change
("It took two recounts before Mensah was declared the Eastfield winner by 312 votes [1.2].", S1, "S"),  # reorder
("Scanner breakdowns at the Hexley centre were behind the delay, according to returning officer Gillian Shore [1.4].", S1, "S"),  # nominalised
("No Reform UK candidate was elected, though the party came second in seven seats [1.7].", S1, "S"),  # paraphrase
("Labour's 22 seats out of 40 give it an overall majority, which it last had in 2013 [2.1].", [S1, S2], "S"),  # paraphrase
("Both of the Liberal Democrats' two gains came in the rural west [2.3].", [S1, S2], "S"),  # reorder
]
