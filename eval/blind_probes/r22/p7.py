# Domain: a measles outbreak in schools
S1 = " ".join([
    "Health officials in Birmingham have confirmed 47 cases of measles linked to five primary schools since the start of October.",
    "Of those infected, 39 were children under 11, and at least six have been admitted to hospital with complications.",
    "The UK Health Security Agency said uptake of the second MMR dose in the affected area was just 74%, well below the 95% needed for herd immunity.",
    "Pop-up vaccination clinics will open at the five schools from Monday, offering catch-up jabs to pupils and staff.",
    "Unvaccinated children who have been in close contact with a case are being asked to stay at home for 21 days.",
    "Dr Amira Shah, a consultant in health protection, said the outbreak was likely to spread further before the half-term break.",
    "No deaths have been reported, but officials warned that measles can cause pneumonia and brain swelling in rare cases.",
])
S2 = " ".join([
    "Birmingham City Council said Greenfield Primary, where the first case was identified, would remain open with extra cleaning measures.",
    "Headteacher Paul Dobson wrote to parents on Tuesday urging them to check their children's vaccination records.",
    "He said about a third of pupils in Year 2 had been absent this week, though not all absences were linked to measles.",
    "Nationally, measles cases in England reached 2,100 last year, the highest figure since 2012.",
    "Public health director Dr Neil Carrow said misinformation on social media had contributed to falling vaccination rates.",
    "The council is sending text messages in eight languages to families registered with local GP surgeries.",
    "Officials said the MMR vaccine is free on the NHS for anyone who missed doses, regardless of age.",
])
PROBES = [
("Since the start of October, 47 measles cases linked to five Birmingham primary schools have been confirmed [1.1].", S1, "S"),  # reordering, voice
("Thirty-nine of those infected were children under 11 [1.2].", S1, "S"),  # number in words
("At least six of those infected have needed hospital treatment for complications [1.2].", S1, "S"),  # admitted -> needed hospital treatment
("Second-dose MMR uptake in the affected area was only 74%, according to the UK Health Security Agency [1.3].", S1, "S"),  # just -> only
("The 95% uptake needed for herd immunity is well above the 74% second-dose MMR rate in the affected area [1.3].", S1, "S"),  # comparison reversed correctly
("From Monday, catch-up jabs will be offered to pupils and staff at pop-up clinics in the five schools [1.4].", S1, "S"),  # reordering
("Unvaccinated children who were in close contact with a case are being asked to stay home for three weeks [1.5].", S1, "S"),  # 21 days -> three weeks
("Dr Amira Shah said the outbreak would probably spread further before half-term [1.6].", S1, "S"),  # likely -> probably
("No deaths have been reported so far [1.7].", S1, "S"),  # compression
("Officials cautioned that, rarely, measles can lead to pneumonia and swelling of the brain [1.7].", S1, "S"),  # reworded, hedge kept
("Greenfield Primary, where the first case was found, will stay open with additional cleaning, the council said [2.1].", S2, "S"),  # synonyms
("Paul Dobson, the headteacher, wrote to parents on Tuesday asking them to check their children's vaccination records [2.2].", S2, "S"),  # urging -> asking
("Dobson said roughly a third of Year 2 pupils had been absent this week, not all because of measles [2.2][2.3].", S2, "S"),  # 'he' resolved via 2.2
("England recorded 2,100 measles cases last year, its highest total since 2012 [2.4].", S2, "S"),  # reworded
("Dr Neil Carrow said social media misinformation was one factor behind falling vaccination rates [2.5].", S2, "S"),  # contributed -> one factor
("The council is texting families in eight languages [2.6].", S2, "S"),  # compression
("Anyone who missed MMR doses can get the vaccine free on the NHS whatever their age, officials said [2.7].", S2, "S"),  # regardless -> whatever
("Most of the 47 confirmed cases were children under 11 [1.1][1.2].", S1, "S"),  # 39 of 47
("Eight of the confirmed cases were not children under 11 [1.1][1.2].", S1, "S"),  # 47 - 39
("The UK Health Security Agency said second-dose MMR uptake in the affected area was below the level needed for herd immunity [1.3].", S1, "S"),  # generalisation
("Staff at the five schools can also get catch-up jabs at the clinics [1.4].", S1, "S"),  # compression
("A consultant in health protection expects the outbreak to spread further before the half-term break [1.6].", S1, "S"),  # likely -> expects
("The headteacher's letter to parents was sent on Tuesday [2.2].", S2, "S"),  # nominalisation
("Measles cases in England last year were at their highest level since 2012 [2.4].", S2, "S"),  # compression
("Families registered with local GP surgeries are being contacted by text in eight languages [2.6].", S2, "S"),  # voice change
("Health officials in Birmingham have confirmed 74 cases of measles [1.1].", S1, "R"),  # 47 -> 74
("The 47 cases are linked to five secondary schools [1.1].", S1, "R"),  # primary -> secondary
("The cases have been confirmed since the start of September [1.1].", S1, "R"),  # October -> September
("Exactly six of those infected have been admitted to hospital [1.2].", S1, "R"),  # at least -> exactly
("Six children have died from complications [1.2].", S1, "R"),  # hospitalised -> died
("Uptake of the first MMR dose in the affected area was 74% [1.3].", S1, "R"),  # second -> first dose
("The UK Health Security Agency said uptake of the second MMR dose in the affected area was 95% [1.3].", S1, "R"),  # target given as uptake
("Pop-up vaccination clinics will open at the five schools from Tuesday [1.4].", S1, "R"),  # Monday -> Tuesday
("The pop-up clinics will offer catch-up jabs to pupils, staff and parents [1.4].", S1, "R"),  # parents added
("All children who have been in close contact with a case are being asked to stay at home for 21 days [1.5].", S1, "R"),  # unvaccinated dropped, scope widened
("Unvaccinated children who have been in close contact with a case are being asked to stay at home for 14 days [1.5].", S1, "R"),  # 21 -> 14
("Dr Amira Shah said the outbreak would certainly spread further before the half-term break [1.6].", S1, "R"),  # likely -> certainly
("Dr Amira Shah said the outbreak was likely to be contained before the half-term break [1.6].", S1, "R"),  # opposite
("Officials warned that measles commonly causes pneumonia and brain swelling [1.7].", S1, "R"),  # rare -> common
("One death has been reported in the outbreak [1.7].", S1, "R"),  # contradicts no deaths
("Birmingham City Council said Greenfield Primary would close for deep cleaning [2.1].", S2, "R"),  # remain open -> close
("Greenfield Primary, where the first case was identified, is one of six schools linked to the outbreak [2.1][1.1].", S2, "R"),  # five -> six
("Headteacher Paul Dobson wrote to parents on Thursday [2.2].", S2, "R"),  # Tuesday -> Thursday
("Dr Amira Shah wrote to parents urging them to check their children's vaccination records [2.2].", S2, "R"),  # wrong person
("Paul Dobson said about a third of pupils in Year 2 had been absent because of measles [2.2][2.3].", S2, "R"),  # contradicts 'not all linked'
("Paul Dobson said about a third of all pupils had been absent this week [2.2][2.3].", S2, "R"),  # Year 2 -> all pupils
("Measles cases in England reached 2,100 last year, the highest figure since 2002 [2.4].", S2, "R"),  # 2012 -> 2002
("Measles cases across the UK reached 2,100 last year [2.4].", S2, "R"),  # England -> UK
("Dr Neil Carrow said misinformation on social media was the sole cause of falling vaccination rates [2.5].", S2, "R"),  # contributed -> sole cause
("Dr Amira Shah said misinformation on social media had contributed to falling vaccination rates [2.5].", S2, "R"),  # wrong speaker
("The council is sending letters in eight languages to families [2.6].", S2, "R"),  # texts -> letters
("Officials said the MMR vaccine is free on the NHS only for children under 11 [2.7].", S2, "R"),  # contradicts 'regardless of age'
]
