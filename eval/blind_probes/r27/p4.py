# Domain: a measles outbreak with hospital figures
S1 = " ".join([
    "A measles outbreak in Birmingham has grown to 214 confirmed cases since the start of October, the UK Health Security Agency said on Monday.",
    "Of those, 38 people have been admitted to hospital, most of them children under five.",
    "Two children are being treated in intensive care, though officials said neither was thought to be in a life-threatening condition.",
    "No deaths have been linked to the outbreak so far.",
    "The agency said uptake of the second dose of the MMR vaccine in parts of the city had fallen to 74%, well below the 95% needed to stop the virus spreading.",
    "\"Measles is not a mild illness, and the best protection is two doses of the MMR jab,\" said Dr Priya Nandra, a consultant epidemiologist at the agency.",
    "Birmingham Children's Hospital said it had opened an extra isolation ward and postponed some planned operations to cope with demand.",
    "Pop-up vaccination clinics will run at schools, mosques and community centres over the next three weeks.",
    "Officials said cases were likely to keep rising through December before numbers begin to fall.",
    "Most of the confirmed cases have been in people who had not received any doses of the vaccine.",
])
PROBES = [
("The UKHSA reported on Monday that the Birmingham measles outbreak had reached 214 confirmed cases since early October [1.1].", S1, "S"),  # paraphrase
("Confirmed measles cases in Birmingham now stand at 214, according to the UK Health Security Agency [1.1].", S1, "S"),  # reorder
("Thirty-eight of the patients have needed hospital admission, mostly under-fives [1.1, 1.2].", S1, "S"),  # rephrase
("Most of those admitted to hospital have been young children under five [1.2].", S1, "S"),  # 1.2
("Of 214 confirmed cases, 38 have led to a hospital admission [1.1, 1.2].", S1, "S"),  # merge
("Two children are in intensive care but are not thought to be in a life-threatening condition [1.3].", S1, "S"),  # 1.3
("Officials said neither of the two children in intensive care was believed to be in danger of dying [1.3].", S1, "S"),  # synonym
("The outbreak has not yet been linked to any deaths [1.4].", S1, "S"),  # 1.4
("Although two children are in intensive care, no deaths have been tied to the outbreak so far [1.3, 1.4].", S1, "S"),  # merge
("Second-dose MMR uptake in some parts of the city has dropped to 74%, far short of the 95% required to halt transmission [1.5].", S1, "S"),  # synonyms
("Vaccine coverage in parts of Birmingham is below the level needed to stop measles spreading [1.1, 1.5].", S1, "S"),  # generalisation
("The health agency said second-dose uptake in places was 21 percentage points below the 95% threshold [1.5].", S1, "S"),  # 95-74 arithmetic
("Dr Priya Nandra said measles was not a mild illness and that two MMR doses offered the best protection [1.6].", S1, "S"),  # reported speech
("An epidemiologist at the agency stressed that measles is a serious illness [1.6].", S1, "S"),  # not mild -> serious (litotes)
("Nandra said two doses of the MMR vaccine gave the best protection [1.6].", S1, "S"),  # jab -> vaccine
("Birmingham Children's Hospital has opened an additional isolation ward [1.7].", S1, "S"),  # extra -> additional
("Some planned operations have been put off at Birmingham Children's Hospital so it can cope with demand [1.7].", S1, "S"),  # postponed -> put off
("Vaccination clinics are to be set up in schools, mosques and community centres for the next three weeks [1.8].", S1, "S"),  # 1.8
("Temporary vaccination sites will operate at community venues including schools and mosques [1.8].", S1, "S"),  # pop-up -> temporary, partial list
("Officials expect cases to continue climbing through December [1.9].", S1, "S"),  # likely -> expect
("Officials said case numbers were likely to fall after rising through December [1.9].", S1, "S"),  # reorder
("The majority of confirmed cases involve people who were completely unvaccinated [1.10].", S1, "S"),  # no doses = unvaccinated
("Most confirmed cases were in people with no MMR doses, and uptake of the second dose has fallen to 74% in parts of the city [1.5, 1.10].", S1, "S"),  # merge
("The children's hospital has postponed some planned procedures and opened another isolation ward [1.7].", S1, "S"),  # reorder
("The outbreak, which began in October, has so far caused no deaths [1.1, 1.4].", S1, "R"),  # (relabelled: counting cases since October does not say when the outbreak began)
("Nandra works as a consultant epidemiologist for the UK Health Security Agency [1.1, 1.6].", S1, "S"),  # the agency = UKHSA
("Pop-up clinics offering vaccination will be held over three weeks [1.8].", S1, "S"),  # partial
("The outbreak has grown to 214 confirmed cases since the start of September [1.1].", S1, "R"),  # wrong month
("The outbreak has grown to 241 confirmed cases [1.1].", S1, "R"),  # digits swapped
("NHS England said on Monday that the outbreak had reached 214 cases [1.1].", S1, "R"),  # wrong source
("The UKHSA said on Tuesday that the outbreak had reached 214 cases [1.1].", S1, "R"),  # wrong weekday
("Of those, 38 people have been admitted to hospital, all of them children under five [1.2].", S1, "R"),  # most -> all
("Of those, 83 people have been admitted to hospital [1.2].", S1, "R"),  # wrong figure
("Most of those admitted to hospital were children under ten [1.2].", S1, "R"),  # wrong age band
("Two children are being treated in intensive care in a life-threatening condition [1.3].", S1, "R"),  # negation
("Three children are being treated in intensive care [1.3].", S1, "R"),  # wrong figure
("Two adults are being treated in intensive care [1.3].", S1, "R"),  # children -> adults
("One death has been linked to the outbreak [1.4].", S1, "R"),  # contradicts
("No deaths have been linked to the outbreak [1.3].", S1, "R"),  # wrong sentence cited
("Of those, 38 people have been admitted to hospital [1.3].", S1, "R"),  # wrong sentence cited
("Uptake of the first dose of the MMR vaccine has fallen to 74% [1.5].", S1, "R"),  # second -> first
("MMR uptake across the whole city has fallen to 74% [1.5].", S1, "R"),  # parts -> whole
("Uptake needs to reach 90% to stop the virus spreading [1.5].", S1, "R"),  # wrong threshold
("Second-dose uptake has risen to 74% in parts of the city [1.5].", S1, "R"),  # fallen -> risen
("The outbreak was caused by falling vaccine uptake since the pandemic [1.5].", S1, "R"),  # added cause
("Nandra said measles was a mild illness for most children [1.6].", S1, "R"),  # negation
("Nandra said a single dose of the MMR jab gave enough protection [1.6].", S1, "R"),  # two -> one
("Nandra, a consultant paediatrician at Birmingham Children's Hospital, said measles was not mild [1.6].", S1, "R"),  # wrong role/employer
("Birmingham Children's Hospital cancelled all planned operations [1.7].", S1, "R"),  # some postponed -> all cancelled
("Birmingham Children's Hospital opened two extra isolation wards [1.7].", S1, "R"),  # wrong number
("The hospital postponed planned operations because staff had caught measles [1.7].", S1, "R"),  # wrong cause
("Dr Nandra said the hospital had opened an extra isolation ward [1.6, 1.7].", S1, "R"),  # wrong speaker
("Pop-up vaccination clinics will run at schools, churches and community centres [1.8].", S1, "R"),  # mosques -> churches
("Pop-up vaccination clinics will run over the next four weeks [1.8].", S1, "R"),  # three -> four
("Pop-up clinics have been running at schools for the past three weeks [1.8].", S1, "R"),  # future -> past
("Officials said cases would definitely peak in December [1.9].", S1, "R"),  # hedge strengthened
("Officials said cases were likely to start falling in November [1.9].", S1, "R"),  # wrong timing
("Officials said cases had already begun to fall [1.9].", S1, "R"),  # contradicts
("All of the confirmed cases have been in unvaccinated people [1.10].", S1, "R"),  # most -> all
("Most of the confirmed cases have been in people who had received one dose of the vaccine [1.10].", S1, "R"),  # none -> one dose
("Most of those admitted to hospital had not been vaccinated [1.2, 1.10].", S1, "R"),  # cases -> admitted, unsupported transfer
("None of the confirmed cases involved vaccinated people [1.10].", S1, "R"),  # overgeneralisation
("Thirty-eight hospital admissions have been recorded in the Birmingham outbreak [1.1, 1.2].", S1, "S"),  # nominalisation
("Neither child in intensive care is thought to be in a life-threatening condition, officials said [1.3].", S1, "S"),  # reorder
("In parts of Birmingham, uptake of the second MMR dose is below the 95% needed to stop spread [1.5].", S1, "S"),  # generalise 74%
("The UKHSA's Dr Nandra said two doses of the MMR jab were the best protection [1.1, 1.6].", S1, "S"),  # agency = UKHSA
("Officials believe cases will probably go on rising through December [1.9].", S1, "S"),  # likely -> probably
]
