# Domain: a radio interview transcript with speaker labels
S1 = " ".join([
    "HOST: Joining me this morning is the housing minister, Sarah Whitlock, and I want to start with the target of 300,000 new homes a year.",
    "MINISTER: We remain committed to that target, although I accept we will not reach it this year.",
    "HOST: Figures published on Monday showed just 212,000 homes were completed in the last twelve months, the lowest total since 2015.",
    "MINISTER: Those figures reflect high interest rates and a shortage of skilled builders, not a lack of ambition from the government.",
    "HOST: Critics say your planning reforms have stalled in Parliament.",
    "MINISTER: The planning bill will return to the Commons in March, and I expect it to become law before the summer recess.",
    "HOST: Will you scrap the requirement for developers to build 30 percent affordable housing on large sites?",
    "MINISTER: No, we are not scrapping it, but we are looking at giving councils more flexibility on smaller sites.",
    "HOST: The Local Government Association says councils need an extra 2 billion pounds a year to tackle homelessness.",
    "MINISTER: I am not going to announce new spending on this programme, but the chancellor will set out further measures in the autumn budget.",
    "HOST: Sarah Whitlock, thank you.",
])
PROBES = [
("The housing minister, Sarah Whitlock, was interviewed about the goal of building 300,000 homes a year [1.1].", S1, "S"),  # paraphrase of host intro
("Whitlock said the government was still committed to the 300,000 target but admitted it would be missed this year [1.1, 1.2].", S1, "S"),  # merge, reported speech
("The minister said the government remains committed to the target [1.2].", S1, "S"),  # reported speech
("The minister conceded that the target will not be met this year [1.2].", S1, "S"),  # accept -> concede
("The minister said the government had abandoned the target [1.2].", S1, "R"),  # antonym
("The minister said the government would reach the target this year [1.2].", S1, "R"),  # negation
("The minister said the target would not be reached for at least five years [1.2].", S1, "R"),  # added detail
("The host said the government remains committed to the target [1.2].", S1, "R"),  # wrong speaker
("According to figures released on Monday, only 212,000 homes were completed over the past year, the fewest since 2015 [1.3].", S1, "S"),  # paraphrase
("The host cited figures showing 212,000 completions in the last twelve months [1.3].", S1, "S"),  # attribution correct
("The minister said just 212,000 homes were completed in the last twelve months [1.3].", S1, "R"),  # wrong speaker, host said it
("Figures published on Tuesday showed 212,000 homes were completed [1.3].", S1, "R"),  # wrong weekday
("Figures showed 221,000 homes were completed in the last twelve months [1.3].", S1, "R"),  # digit swap
("Figures showed completions were the lowest since 2005 [1.3].", S1, "R"),  # wrong year
("Figures showed completions were the highest since 2015 [1.3].", S1, "R"),  # antonym
("Completions fell short of the 300,000 target by 88,000 [1.1, 1.3].", S1, "S"),  # 300,000 - 212,000
("Completions fell short of the 300,000 target by 98,000 [1.1, 1.3].", S1, "R"),  # arithmetic error
("The minister blamed high interest rates and a lack of skilled builders for the figures, rather than any lack of government ambition [1.4].", S1, "S"),  # reported speech
("The minister attributed the low figures to high interest rates and a skills shortage in construction [1.3, 1.4].", S1, "S"),  # merge
("The minister blamed high interest rates and a shortage of building materials [1.4].", S1, "R"),  # materials vs skilled builders
("The minister blamed the previous government for the figures [1.4].", S1, "R"),  # added cause
("The minister admitted the government had lacked ambition [1.4].", S1, "R"),  # negation
("The minister blamed high interest rates and a shortage of skilled builders [1.5].", S1, "R"),  # wrong sentence cited
("The host put it to the minister that critics believe the minister's planning reforms have stalled in Parliament [1.5].", S1, "S"),  # reported speech
("The host said the planning reforms had stalled in Parliament [1.5].", S1, "R"),  # host reports critics, not own claim
("Critics say the planning reforms have been abandoned [1.5].", S1, "R"),  # stalled vs abandoned
("The minister said the planning bill would come back to the Commons in March, adding that it was expected to become law before the summer recess [1.6].", S1, "S"),  # reported speech
("The minister said the planning bill will become law before the summer recess [1.6].", S1, "R"),  # expectation -> certainty
("The minister said the planning bill would return to the Commons in May [1.6].", S1, "R"),  # wrong month
("The minister said the planning bill would return to the Lords in March [1.6].", S1, "R"),  # wrong chamber
("The minister said she expected the bill to become law before Christmas [1.6].", S1, "R"),  # wrong deadline
("The minister expects to see the planning bill enacted before Parliament's summer break [1.6].", S1, "S"),  # synonyms
("The host asked whether the 30 percent affordable housing requirement on large sites would be scrapped [1.7].", S1, "S"),  # reported question
("The host asked whether the 40 percent affordable housing requirement would be scrapped [1.7].", S1, "R"),  # wrong figure
("The host asked whether the affordable housing requirement on small sites would be scrapped [1.7].", S1, "R"),  # large vs small
("The minister said the affordable housing rule would not be scrapped, though councils could get more flexibility on smaller sites [1.8].", S1, "S"),  # reported speech with hedge
("The minister ruled out scrapping the 30 percent affordable housing requirement on large sites [1.7, 1.8].", S1, "S"),  # merge question and answer
("The minister said the affordable housing requirement would be scrapped [1.8].", S1, "R"),  # negation
("The minister said councils would be given more flexibility on smaller sites [1.8].", S1, "R"),  # 'looking at' -> certainty
("The minister said the government was looking at giving councils more flexibility on large sites [1.8].", S1, "R"),  # smaller vs large
("The minister said the government was looking at giving developers more flexibility [1.8].", S1, "R"),  # councils vs developers
("The host noted the Local Government Association's view that councils need an additional 2 billion pounds a year for homelessness [1.9].", S1, "S"),  # reported speech
("The Local Government Association says councils need an extra 2 billion pounds a year to tackle homelessness, the host said [1.9].", S1, "S"),  # attribution preserved
("The minister said councils need an extra 2 billion pounds a year [1.9].", S1, "R"),  # wrong speaker
("The Local Government Association says councils need an extra 2 billion pounds in total [1.9].", S1, "R"),  # a year vs total
("The Local Government Association says councils need an extra 2 million pounds a year [1.9].", S1, "R"),  # unit error
("The Local Government Association says councils need an extra 2 billion pounds a year for social care [1.9].", S1, "R"),  # wrong purpose
("The minister declined to announce any new spending on the programme, saying the chancellor would outline further measures in the autumn budget [1.10].", S1, "S"),  # reported speech
("The minister said further measures would come in the autumn budget from the chancellor [1.10].", S1, "S"),  # reordered
("Asked about the 2 billion pound call, the minister refused to commit new money [1.9, 1.10].", S1, "S"),  # merge
("The minister announced 2 billion pounds of new spending on homelessness [1.10].", S1, "R"),  # contradiction
("The minister said the chancellor would set out further measures in the spring statement [1.10].", S1, "R"),  # wrong fiscal event
("The minister said the chancellor would provide the 2 billion pounds in the autumn budget [1.9, 1.10].", S1, "R"),  # unsupported specific
("The prime minister will set out further measures in the autumn budget, the minister said [1.10].", S1, "R"),  # wrong person
("The host thanked Sarah Whitlock at the end of the interview [1.11].", S1, "S"),  # paraphrase
("The host thanked the housing minister [1.1, 1.11].", S1, "S"),  # merge identity
("The minister thanked the host [1.11].", S1, "R"),  # swapped roles
("The interview took place in the morning [1.1].", S1, "S"),  # 'this morning'
("The interview took place on Monday [1.3].", S1, "R"),  # figures published Monday, interview date not given
("The minister said interest rates would fall next year [1.4].", S1, "R"),  # unsupported
("The minister argued that the low completion figures did not reflect a lack of government ambition [1.4].", S1, "S"),  # paraphrase
("The minister said the planning bill was stalled in Parliament [1.5, 1.6].", S1, "R"),  # wrong speaker, critics' claim
("The minister avoided answering the question on affordable housing [1.7, 1.8].", S1, "R"),  # she answered 'No'
("Completions in the past year were the lowest since 2015, and the minister blamed interest rates among other factors [1.3, 1.4].", S1, "S"),  # merge
("The minister described the housebuilding target as unrealistic [1.2].", S1, "R"),  # unsupported characterisation
("The 30 percent affordable housing rule on large sites will stay, the minister indicated [1.7, 1.8].", S1, "S"),  # merged, hedged
("Despite the LGA's call, the minister declined to announce new spending on the programme [1.9, 1.10].", S1, "S"),  # merge
("The minister said she would resign if the target were missed [1.2].", S1, "R"),  # fabricated
("Sarah Whitlock, the housing minister, accepted that the 300,000 homes target would not be met this year [1.1, 1.2].", S1, "S"),  # merge
("The host said the twelve-month completion total of 212,000 was the lowest since 2015 [1.3].", S1, "S"),  # reported speech
("A shortage of skilled builders was one of the reasons the minister gave for the figures [1.4].", S1, "S"),  # restructure
("The planning bill is due back in the Commons in March, according to the minister [1.6].", S1, "S"),  # reported speech
("The minister said the government was considering more flexibility for councils on smaller sites [1.8].", S1, "S"),  # looking at -> considering
("The minister said the government was not scrapping the affordable housing requirement [1.8].", S1, "S"),  # close paraphrase
("The host raised the Local Government Association's call for 2 billion pounds a year more for councils to tackle homelessness [1.9].", S1, "S"),  # paraphrase
("The minister pointed to the chancellor's autumn budget for further measures [1.10].", S1, "S"),  # paraphrase
("The host asked the minister about critics' claims that planning reforms had stalled, and the minister replied that the bill would return in March [1.5, 1.6].", S1, "S"),  # merge question and answer
("The minister said the government would not try to meet the target [1.2].", S1, "R"),  # contradicts commitment
]
