# Domain: an employment tribunal ruling on unfair dismissal with compensation figures
S1 = " ".join([
    "An employment tribunal in Leeds has ruled that a warehouse supervisor was unfairly dismissed by the logistics firm Northgate Freight.",
    "The supervisor, Daniel Okafor, 47, was sacked in March 2023 after he raised concerns about staff being asked to work shifts of up to 14 hours.",
    "Employment Judge Helen Marsh found that Northgate Freight had failed to follow its own disciplinary procedure.",
    "Judge Marsh said the decision to dismiss Mr Okafor was \"predetermined\" and that the investigation was \"a sham\".",
    "The tribunal ordered Northgate Freight to pay Mr Okafor £48,600 in compensation.",
    "The award includes a basic award of £9,300 and a compensatory award of £39,300 for lost earnings.",
    "The judge rejected Mr Okafor's separate claim of disability discrimination.",
    "She said there was insufficient evidence that his back condition had played any part in the decision to dismiss him.",
    "Northgate Freight had argued that Mr Okafor was dismissed for gross misconduct after a forklift truck was damaged on his shift.",
    "The tribunal heard that CCTV footage of the incident had been deleted before the disciplinary hearing took place.",
    "Mr Okafor had worked for the company for 11 years and had no previous warnings on his record.",
    "Speaking outside the hearing, Mr Okafor said he felt \"vindicated\" but was still struggling to find work.",
    "A spokesperson for Northgate Freight said the company was disappointed and was considering an appeal.",
])
PROBES = [
("A tribunal in Leeds found that Northgate Freight had unfairly dismissed a warehouse supervisor [1.1].", S1, "S"),  # voice change
("Daniel Okafor was dismissed in March 2023 [1.2].", S1, "S"),  # sacked -> dismissed, dropped detail
("Mr Okafor lost his job after raising concerns that staff were being asked to work shifts of as long as 14 hours [1.2].", S1, "S"),  # paraphrase
("The judge found Northgate Freight had not followed its own disciplinary procedure [1.3].", S1, "S"),  # failed to follow -> not followed
("Judge Marsh described the investigation as \"a sham\" [1.4].", S1, "S"),  # exact quote
("Northgate Freight was ordered to pay £48,600 in compensation to Mr Okafor [1.5].", S1, "S"),  # passive
("The compensation comprises a basic award of £9,300 and a compensatory award of £39,300 [1.5, 1.6].", S1, "S"),  # merge, synonym
("Of the £48,600 Mr Okafor was awarded, £39,300 was compensation for lost earnings [1.5, 1.6].", S1, "S"),  # merge
("The compensatory award was £30,000 larger than the basic award [1.6].", S1, "S"),  # arithmetic 39,300-9,300
("Mr Okafor's disability discrimination claim was rejected [1.7].", S1, "S"),  # passive
("The judge said there was not enough evidence that Mr Okafor's back condition had played a part in his dismissal [1.7, 1.8].", S1, "S"),  # insufficient -> not enough
("The company had claimed that Mr Okafor was dismissed for gross misconduct [1.9].", S1, "S"),  # argued -> claimed
("According to Northgate Freight, a forklift truck was damaged during Mr Okafor's shift [1.9].", S1, "S"),  # attribution kept
("CCTV footage of the incident was deleted before the disciplinary hearing, the tribunal heard [1.10].", S1, "S"),  # reorder
("Mr Okafor had 11 years of service with the company [1.11].", S1, "S"),  # nominalisation
("He had no previous warnings on his record [1.11].", S1, "S"),  # dropped detail
("Mr Okafor said he felt \"vindicated\" [1.12].", S1, "S"),  # exact quote
("Mr Okafor said he was still having difficulty finding work [1.12].", S1, "S"),  # struggling -> difficulty
("Northgate Freight said it was disappointed and was considering appealing [1.13].", S1, "S"),  # near-verbatim
("Northgate Freight may appeal against the ruling [1.13].", S1, "S"),  # considering an appeal -> may appeal
("Mr Okafor, 47, had worked for the company for 11 years [1.2, 1.11].", S1, "S"),  # merge
("The judge said the decision to dismiss Mr Okafor had been \"predetermined\" [1.4].", S1, "S"),  # exact quote
("The tribunal upheld Mr Okafor's unfair dismissal claim but rejected his disability discrimination claim [1.1, 1.2, 1.7].", S1, "S"),  # merge
("The basic award was £9,300. [1.6]", S1, "S"),  # end citation form
("Employment Judge Helen Marsh heard the case [1.3].", S1, "S"),  # she made the findings
("The tribunal was told that footage of the incident had been deleted [1.10].", S1, "S"),  # heard -> was told
("A Northgate Freight spokesperson said the firm was weighing up an appeal [1.13].", S1, "S"),  # considering -> weighing up
("Judge Marsh said the investigation was a sham and the outcome predetermined [1.4].", S1, "S"),  # reorder, paraphrase
("The case was heard by an employment tribunal in Leeds [1.1].", S1, "S"),  # paraphrase
("Daniel Okafor worked as a warehouse supervisor [1.1, 1.2].", S1, "S"),  # merge via 'the supervisor'
("Mr Okafor's total award of £48,600 includes a £9,300 basic award [1.5, 1.6].", S1, "S"),  # merge
("Mr Okafor, who had no previous warnings, was sacked in March 2023 [1.2, 1.11].", S1, "S"),  # merge
("An employment tribunal in Leeds has ruled that a warehouse supervisor was fairly dismissed [1.1].", S1, "R"),  # antonym: unfairly
("An employment tribunal in Sheffield has ruled that a warehouse supervisor was unfairly dismissed [1.1].", S1, "R"),  # Leeds not Sheffield
("Daniel Okafor, 47, was sacked in May 2023 [1.2].", S1, "R"),  # March not May
("Daniel Okafor, 45, was sacked in March 2023 [1.2].", S1, "R"),  # age 47 not 45
("Mr Okafor was sacked after he raised concerns about staff being asked to work shifts of up to 12 hours [1.2].", S1, "R"),  # 14 not 12
("Mr Okafor was sacked after he refused to work shifts of up to 14 hours [1.2].", S1, "R"),  # raised concerns, not refused
("Employment Judge Helen Marsh found that Northgate Freight had followed its own disciplinary procedure [1.3].", S1, "R"),  # negation flipped
("Employment Judge Helen Marsh found that Northgate Freight had failed to follow the statutory disciplinary code [1.3].", S1, "R"),  # its own procedure, not statutory code
("Judge Marsh said the investigation was \"predetermined\" and the decision to dismiss Mr Okafor was \"a sham\" [1.4].", S1, "R"),  # quotes swapped between objects
("Mr Okafor's lawyer said the investigation was \"a sham\" [1.4].", S1, "R"),  # wrong speaker: the judge
("The tribunal ordered Northgate Freight to pay Mr Okafor £46,800 in compensation [1.5].", S1, "R"),  # 48,600 not 46,800
("The award includes a basic award of £39,300 and a compensatory award of £9,300 [1.6].", S1, "R"),  # figures swapped
("The award includes a compensatory award of £39,300 for injury to feelings [1.6].", S1, "R"),  # lost earnings, not injury to feelings
("The judge upheld Mr Okafor's separate claim of disability discrimination [1.7].", S1, "R"),  # antonym: rejected
("The judge said there was clear evidence that Mr Okafor's back condition had played no part in the decision [1.7, 1.8].", S1, "R"),  # insufficient evidence it played a part is not clear evidence it played none
("The judge said there was insufficient evidence that Mr Okafor's knee condition had played any part in the decision [1.7, 1.8].", S1, "R"),  # back not knee
("Northgate Freight had argued that Mr Okafor was dismissed for gross misconduct after a delivery van was damaged on his shift [1.9].", S1, "R"),  # forklift truck not van
("Northgate Freight had argued that Mr Okafor damaged a forklift truck [1.9].", S1, "R"),  # damaged on his shift, not by him
("The tribunal heard that CCTV footage of the incident had been deleted after the disciplinary hearing took place [1.10].", S1, "R"),  # before not after
("The tribunal heard that Mr Okafor had deleted CCTV footage of the incident [1.10].", S1, "R"),  # added agent
("Mr Okafor had worked for the company for 13 years [1.11].", S1, "R"),  # 11 not 13
("Mr Okafor had worked for the company for 11 years and had received one previous warning [1.11].", S1, "R"),  # no previous warnings
("Speaking outside the hearing, Mr Okafor said he felt \"vindicated\" and had found a new job [1.12].", S1, "R"),  # still struggling to find work
("Mr Okafor said he felt \"relieved\" [1.12].", S1, "R"),  # altered quote: vindicated
("A spokesperson for Northgate Freight said the company would appeal [1.13].", S1, "R"),  # considering -> would: modality
("A spokesperson for Northgate Freight said the company accepted the ruling [1.13].", S1, "R"),  # contradicts considering an appeal
("The tribunal ordered Northgate Freight to pay Mr Okafor £48,600 [1.6].", S1, "R"),  # wrong citation: order and payer are in 1.5
("The compensatory award was £29,000 larger than the basic award [1.6].", S1, "R"),  # arithmetic wrong: 30,000
("Mr Okafor was sacked after CCTV footage showed him damaging a forklift truck [1.9, 1.10].", S1, "R"),  # invented: footage was deleted, never said to show him
("The judge found that the company's disciplinary procedure was unlawful [1.3].", S1, "R"),  # she found it was not followed, not that it was unlawful
("Judge Helen Marsh rejected all of Mr Okafor's claims [1.3, 1.7].", S1, "R"),  # only the discrimination claim was rejected
("The award includes £39,300 for lost earnings and £9,300 for disability discrimination [1.6, 1.7].", S1, "R"),  # 9,300 is the basic award; discrimination claim rejected
("The tribunal ruled that Mr Okafor was dismissed because he raised concerns about long shifts [1.1, 1.2].", S1, "R"),  # invented cause: source says 'after', and no such tribunal finding
("Employment Judge Helen Marsh ordered Northgate Freight to reinstate Mr Okafor [1.3, 1.5].", S1, "R"),  # compensation ordered, not reinstatement
]
