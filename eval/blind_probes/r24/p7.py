# Domain: a libel trial involving a newspaper
S1 = " ".join([
    "The property developer Graham Sollis is suing the Northern Courier for libel over a 2024 article that accused him of bribing two planning officials.",
    "Opening the case at the High Court on Monday, his barrister, Naomi Fairbanks KC, said the claims were \"false, reckless and deeply damaging\".",
    "The newspaper is relying on a defence of truth and says it will call six witnesses, including a former council employee.",
    "Sollis told the court he had never offered money to any official and had lost contracts worth about £14m since the article appeared.",
    "Under cross-examination, he admitted that he had met one of the officials at a charity dinner in 2022.",
    "The Courier's editor, Ruth Akande, is not expected to give evidence until next week.",
    "Mr Justice Hale warned the jury not to read coverage of the case online.",
    "The trial is scheduled to last three weeks, and legal experts say damages could exceed £500,000 if Sollis wins.",
])
PROBES = [
("Developer Graham Sollis has brought a libel claim against the Northern Courier over a 2024 report alleging he bribed two planning officials [1.1].", S1, "S"),  # paraphrase
("A 2024 Northern Courier article accusing Graham Sollis of bribing two planning officers is the subject of his libel action [1.1].", S1, "S"),  # reordered; officers ~ officials
("The Northern Courier is suing property developer Graham Sollis for libel [1.1].", S1, "R"),  # roles swapped
("Graham Sollis is suing the Northern Courier over an article that accused him of blackmailing two planning officials [1.1].", S1, "R"),  # bribing -> blackmailing
("Graham Sollis was found to have bribed two planning officials, the Northern Courier reported [1.1].", S1, "R"),  # accusation -> finding
("Naomi Fairbanks KC, representing Sollis, opened the case at the High Court on Monday by calling the allegations false, reckless and deeply damaging [1.2].", S1, "S"),  # paraphrase
("Sollis's barrister told the High Court on Monday that the accusations were untrue, reckless and seriously harmful [1.2].", S1, "S"),  # paraphrase
("Opening the case on Tuesday, Naomi Fairbanks KC said the claims were false [1.2].", S1, "R"),  # weekday
("His barrister said the claims were \"false, malicious and deeply damaging\" [1.2].", S1, "R"),  # altered quote
("Naomi Fairbanks KC, for the Northern Courier, said the claims were false and reckless [1.2].", S1, "R"),  # wrong side
("The Courier is defending the claim on the basis of truth and plans to call six witnesses, among them a former council worker [1.3].", S1, "S"),  # paraphrase
("According to the newspaper, which is running a truth defence, six witnesses will be called, one of them an ex-council employee [1.3].", S1, "S"),  # reported intention kept
("The newspaper is relying on a defence of public interest [1.3].", S1, "R"),  # truth -> public interest
("The newspaper says it will call six witnesses, including two former council employees [1.3].", S1, "R"),  # one -> two
("The newspaper has called six witnesses, including a former council employee [1.3].", S1, "R"),  # says will -> has called
("The newspaper says it will call six witnesses, including a serving planning official [1.3].", S1, "R"),  # former council employee -> serving planning official
("Sollis told the court he had never offered any official money and had lost roughly £14m in contracts since the article was published [1.4].", S1, "S"),  # paraphrase
("Since the piece ran, Sollis said, contracts worth around £14 million had been lost, and he denied ever offering cash to an official [1.4].", S1, "S"),  # reorder; number format
("Sollis told the court he had once offered money to an official [1.4].", S1, "R"),  # negation dropped
("Sollis told the court he had lost contracts worth more than £14m [1.4].", S1, "R"),  # about -> more than
("Sollis told the court he had lost contracts worth about £14m because of the article, which cost him his business [1.4].", S1, "R"),  # added detail
("Sollis's barrister told the court he had never offered money to any official [1.4].", S1, "R"),  # wrong speaker
("Cross-examined, Sollis conceded he had met one of the officials at a 2022 charity dinner [1.5].", S1, "S"),  # paraphrase
("Under cross-examination, he admitted that he had met both officials at a charity dinner in 2022 [1.5].", S1, "R"),  # one -> both
("Under cross-examination, he denied that he had met one of the officials at a charity dinner [1.5].", S1, "R"),  # admitted -> denied
("Under cross-examination, he admitted that he had met one of the officials at a charity dinner and discussed a planning application [1.5].", S1, "R"),  # added
("Ruth Akande, the Courier's editor, is unlikely to take the witness stand before next week [1.6].", S1, "S"),  # hedge kept
("The paper's editor is not expected to testify until next week [1.6].", S1, "S"),  # paraphrase
("The Courier's editor, Ruth Akande, gave evidence on Monday [1.6].", S1, "R"),  # tense/time
("The Courier's editor, Ruth Akande, will not give evidence [1.6].", S1, "R"),  # not until next week -> never
("The jury was told by Mr Justice Hale not to read online reports about the case [1.7].", S1, "S"),  # passive
("Mr Justice Hale cautioned jurors against reading about the trial online [1.7].", S1, "S"),  # paraphrase
("Mr Justice Hale warned the jury not to discuss the case with anyone [1.7].", S1, "R"),  # different instruction
("Mr Justice Hale warned the press not to publish coverage of the case online [1.7].", S1, "R"),  # jury -> press
("The trial is expected to run for three weeks, and legal experts believe damages could top £500,000 should Sollis succeed [1.8].", S1, "S"),  # paraphrase; scheduled -> expected
("If Sollis wins, he could be awarded more than half a million pounds, legal experts say [1.8].", S1, "S"),  # number format
("Legal experts say damages will exceed £500,000 [1.8].", S1, "R"),  # could -> will, condition dropped
("Legal experts say damages could exceed £500,000 if the Courier wins [1.8].", S1, "R"),  # wrong party
("Mr Justice Hale said damages could exceed £500,000 if Sollis wins [1.7, 1.8].", S1, "R"),  # wrong speaker
("Sollis, who is suing the Courier over a 2024 bribery allegation, told the court he had never offered money to an official [1.1, 1.4].", S1, "S"),  # merge
("The Courier is pleading truth, while Sollis's barrister calls the claims false and reckless [1.2, 1.3].", S1, "S"),  # merge
("Sollis denied ever offering money to an official but admitted meeting one of them at a charity dinner in 2022 [1.4, 1.5].", S1, "S"),  # merge
("Sollis admitted meeting one of the officials at a 2022 charity dinner, where he offered him money [1.4, 1.5].", S1, "R"),  # invented, contradicts denial
("Sollis's case opened at the High Court on Monday and is scheduled to last three weeks [1.2, 1.8].", S1, "S"),  # merge
("The Courier's editor, Ruth Akande, wrote the 2024 article about Sollis [1.1, 1.6].", S1, "R"),  # authorship not stated

("The libel action concerns a 2024 Northern Courier article [1.1].", S1, "S"),  # compression
("Sollis's counsel is Naomi Fairbanks KC [1.2].", S1, "S"),  # barrister = counsel
("A former council employee is among the witnesses the Courier says it will call [1.3].", S1, "S"),  # reorder
("Sollis said he had never offered cash to an official [1.4].", S1, "S"),  # paraphrase
("Sollis admitted during cross-examination to having met one of the two officials at a charity dinner in 2022 [1.1, 1.5].", S1, "S"),  # merge
("The editor of the Courier, Ruth Akande, is not due to give evidence before next week [1.6].", S1, "S"),  # expected -> due
("Jurors were warned by the judge, Mr Justice Hale, to avoid online coverage of the case [1.7].", S1, "S"),  # paraphrase
("Should Sollis win, damages could be above £500,000, according to legal experts [1.8].", S1, "S"),  # paraphrase
]
