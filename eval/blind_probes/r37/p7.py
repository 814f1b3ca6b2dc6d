# Domain: radio interview transcript with a housing minister (speaker labels)
S1 = " ".join([
    "PRESENTER: Good morning, and joining me now is the Housing Minister, Ana Rios.",
    "Minister, your government promised to build 50,000 social homes by the end of this year, and figures published yesterday show you have completed just over 31,000.",
    "MINISTER ANA RIOS: Those figures are accurate, and I am not going to pretend we have hit the target.",
    "Construction costs rose by almost 20 percent in two years, and that slowed down many projects.",
    "PRESENTER: The opposition housing spokesperson, Luis Ferrer, says the target was never realistic and that you knew it.",
    "MINISTER ANA RIOS: Mr Ferrer is entitled to his view, but his party built fewer than 9,000 social homes in its last four years in office.",
    "Another 12,000 homes are under construction now, and I expect most of them to be finished by next summer.",
    "PRESENTER: Let me turn to the rent cap, which limits annual rent increases to 3 percent and is due to expire in December.",
    "MINISTER ANA RIOS: We will extend it for another two years, and I am confirming that publicly for the first time this morning.",
    "The extended cap will cover private tenancies as it does now, but new-build properties will be exempt for their first five years to protect investment.",
    "PRESENTER: Landlords say the cap is driving them out of the market, and the Landlords Federation claims 8,000 of its members sold up last year.",
    "MINISTER ANA RIOS: I have seen that number, but our own data shows the number of homes available to rent actually increased by 2 percent last year.",
    "I am happy to meet the federation, and I have invited its leaders to the ministry next week.",
    "PRESENTER: Finally, there are reports that you could be moved to the finance ministry in next month's reshuffle.",
    "MINISTER ANA RIOS: That is a matter for the prime minister, and I intend to be in this job for as long as she wants me.",
    "PRESENTER: Ana Rios, thank you.",
])
PROBES = [
("Housing Minister Ana Rios acknowledged that the government had not hit its social housing target [1.1, 1.2, 1.3].", S1, "S"),  # 'not going to pretend we have hit the target' (re-read fix: "missed" -> "not hit", added 1.2 for which target)
("Rios claimed the government had hit its social housing target [1.3].", S1, "R"),  # she conceded it had not
("The presenter said figures published the day before showed just over 31,000 social homes completed against a promise of 50,000 [1.2].", S1, "S"),  # reported speech
("The government promised to build 50,000 social homes by the end of next year [1.2].", S1, "R"),  # end of this year
("Rios accepted that the figures showing just over 31,000 completions were accurate [1.2, 1.3].", S1, "S"),  # merge
("Rios disputed the completion figures published yesterday [1.2, 1.3].", S1, "R"),  # she said they were accurate
("Rios said construction costs rising by nearly 20 percent over two years had slowed many projects [1.3, 1.4].", S1, "S"),  # turn continues from 1.3
("Rios said construction costs had risen by almost 30 percent in two years [1.3, 1.4].", S1, "R"),  # 20 percent
("Rios said rising construction costs had halted all projects [1.3, 1.4].", S1, "R"),  # slowed many
("The presenter reported that opposition housing spokesperson Luis Ferrer considers the target to have never been realistic [1.5].", S1, "S"),  # reported speech
("The presenter said the target was never realistic [1.5].", S1, "R"),  # presenter relayed Ferrer's view, not his own
("Luis Ferrer says the government knew the target was unrealistic [1.5].", S1, "S"),  # 'and that you knew it'
("Rios said Ferrer's party had built fewer than 9,000 social homes in its final four years in government [1.6].", S1, "S"),  # paraphrase
("Rios said Ferrer's party built fewer than 9,000 social homes in its last eight years in office [1.6].", S1, "R"),  # four years
("Rios said Ferrer's party built more than 9,000 social homes in its last four years in office [1.6].", S1, "R"),  # fewer than
("Rios said a further 12,000 homes were being built and that she expected most to be completed by next summer [1.6, 1.7].", S1, "S"),  # turn continues from 1.6
("Rios said all 12,000 homes under construction would be finished by next summer [1.6, 1.7].", S1, "R"),  # most, expected
("Rios said the 12,000 homes under construction would be finished by the end of this year [1.7].", S1, "R"),  # next summer
("Even adding the 12,000 homes under construction to the roughly 31,000 completed would leave the government short of 50,000 [1.2, 1.7].", S1, "S"),  # about 43,000 < 50,000
("The rent cap limits yearly rent rises to 3 percent and is set to expire in December [1.8].", S1, "S"),  # paraphrase
("The rent cap limits annual rent rises to 5 percent [1.8].", S1, "R"),  # 3 percent
("Rios announced that the rent cap would be extended by two years [1.8, 1.9].", S1, "S"),  # 'it' = rent cap
("Rios said the rent cap would be extended by three years [1.8, 1.9].", S1, "R"),  # two years
("Rios said the government was considering whether to extend the rent cap [1.8, 1.9].", S1, "R"),  # 'will extend', firm
("Rios said this was the first time she had publicly confirmed the extension [1.9].", S1, "S"),  # reworded
("Rios said the extension had been announced last week [1.9].", S1, "R"),  # first time this morning
("Rios said new-build properties would be exempt from the extended cap for their first five years [1.9, 1.10].", S1, "S"),  # reported speech
("Rios said new-build properties would be exempt from the cap for their first ten years [1.10].", S1, "R"),  # five years
("Rios said the new-build exemption was intended to protect investment [1.9, 1.10].", S1, "S"),  # paraphrase
("Rios said the extended cap would also apply to social housing tenancies [1.10].", S1, "R"),  # private tenancies
("According to the presenter, the Landlords Federation claims 8,000 of its members sold up last year [1.11].", S1, "S"),  # reported speech
("Rios said 8,000 landlords had sold up last year [1.11, 1.12].", S1, "R"),  # she only said she had seen the number
("The Landlords Federation claims 80,000 landlords sold up last year [1.11].", S1, "R"),  # 8,000
("Rios said government data showed the number of homes available to rent rose by 2 percent last year [1.12].", S1, "S"),  # paraphrase
("Rios said the number of rental homes fell by 2 percent last year [1.12].", S1, "R"),  # increased
("Rios countered the federation's claim about 8,000 members selling up with government data showing a 2 percent rise in homes to rent [1.11, 1.12].", S1, "S"),  # merge
("Rios said she had invited the federation's leaders to the ministry next week [1.12, 1.13].", S1, "S"),  # turn continues from 1.12
("Rios said she had already met the federation's leaders [1.13].", S1, "R"),  # invited for next week
("Rios refused to meet the Landlords Federation [1.13].", S1, "R"),  # happy to meet
("The presenter raised reports that Rios could be moved to the finance ministry in next month's reshuffle [1.14].", S1, "S"),  # reworded
("The presenter said Rios would be moved to the finance ministry next month [1.14].", S1, "R"),  # 'reports... could'
("Rios said any move was up to the prime minister and that she intended to stay in her post for as long as the prime minister wanted her [1.15].", S1, "S"),  # reported speech
("Rios said she wanted to move to the finance ministry [1.15].", S1, "R"),  # intends to stay
("Rios confirmed she would be moved to the finance ministry [1.14, 1.15].", S1, "R"),  # she deflected
("Rios said Ferrer had a right to his opinion but pointed to his party's record of fewer than 9,000 social homes in its last four years in office [1.6].", S1, "S"),  # reported speech
("Ferrer said his party built fewer than 9,000 social homes in its last four years in office [1.5, 1.6].", S1, "R"),  # Rios said it about his party
("The presenter put to Rios the claim that the rent cap is driving landlords out of the market [1.11].", S1, "S"),  # paraphrase
("Rios said the rent cap was driving landlords out of the market [1.11, 1.12].", S1, "R"),  # landlords say it, she countered
("The government has completed roughly three-fifths of its 50,000 social homes target [1.2].", S1, "S"),  # just over 31,000 is about 62 percent
("The government has completed more than two-thirds of its social homes target [1.2].", S1, "R"),  # about 62 percent
("Rios said the rent cap would be extended and would continue to cover private tenancies [1.9, 1.10].", S1, "S"),  # merge
("Rios said new-build properties would be permanently exempt from the cap [1.10].", S1, "R"),  # first five years only
("Rios said the 2 percent rise in rental homes came from new-build properties [1.10, 1.12].", S1, "R"),  # unsupported link
("The interview opened with the presenter introducing Housing Minister Ana Rios [1.1].", S1, "S"),  # reworded
("The presenter introduced Ana Rios as the Finance Minister [1.1].", S1, "R"),  # Housing Minister
("The figures on social housing completions were published the day before the interview [1.2].", S1, "S"),  # 'yesterday'
("Rios admitted the target had not been reached and said costs rising by nearly a fifth had slowed projects [1.3, 1.4].", S1, "S"),  # 20 percent = a fifth (re-read fix: "missed" -> "not been reached")
("Rios said the Landlords Federation had invited her to a meeting next week [1.13].", S1, "R"),  # she invited them
("The presenter said the rent cap limits rent rises to 3 percent a month [1.8].", S1, "R"),  # annual
("Rios said she had seen the Landlords Federation's figure of 8,000 members selling up [1.11, 1.12].", S1, "S"),  # merge
("Rios said the figure of 8,000 was accurate [1.12].", S1, "R"),  # only said she had seen it
("Rios said a decision on the reshuffle was a matter for the prime minister [1.14, 1.15].", S1, "S"),  # merge
("Rios did not deny reports that she could be moved to the finance ministry [1.14, 1.15].", S1, "S"),  # she deferred to the PM without denying
("Opposition spokesperson Luis Ferrer accuses the government of knowingly setting an unrealistic target [1.5].", S1, "S"),  # 'never realistic and you knew it'
("The interview ended with the presenter thanking Ana Rios [1.16].", S1, "S"),  # closing line
("Rios said she would be glad to meet the Landlords Federation [1.12, 1.13].", S1, "S"),  # 'happy to meet', turn from 1.12
]
