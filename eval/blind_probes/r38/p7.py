# Domain: parliamentary select committee hearing transcript on diagnostic scan waiting times
S1 = " ".join([
    "CHAIR: Good morning, and welcome to this session of the Health and Social Care Committee on waiting times for diagnostic scans, at which we will hear from Dr Lena Voss, national director of diagnostics at NHS England.",
    "CHAIR: Dr Voss, NHS figures show that 412,000 patients in England have now waited more than six weeks for an MRI or CT scan, and I would like you to explain why.",
    "DR LENA VOSS: Thank you, Chair, and I want to be clear that the biggest single factor is a shortage of radiographers, with around 1,900 posts currently vacant.",
    "DR LENA VOSS: We have also found that roughly one in five scanners in NHS hospitals is more than ten years old and breaks down more often.",
    "DR LENA VOSS: Our community diagnostic centres carried out 2.3 million tests last year, but that has not been enough to keep pace with demand, which rose by 11%.",
    "RICHARD TOLLAND MP: Dr Voss, your organisation promised the committee in 2023 that the six-week backlog would be halved by this spring, and instead it has grown.",
    "DR LENA VOSS: I accept that we did not meet that target, and I apologise to the patients who have waited longer than they should.",
    "DR LENA VOSS: I would point out, however, that the target was set before the industrial action last year, which cost us an estimated 180,000 scan appointments.",
    "RICHARD TOLLAND MP: With respect, strikes cannot explain a backlog that was already rising before they began.",
    "CHAIR: I want to turn to funding, because the Treasury announced £650m for new scanners in the autumn.",
    "DR LENA VOSS: That money is welcome, but only £210m of it has so far been released to trusts, and the rest is not expected until next April.",
    "DR LENA VOSS: Without the full amount, I do not think we can bring the backlog back below 200,000 before the end of next year.",
    "CHAIR: Your written evidence also says that some trusts are paying private providers up to £450 per scan, which is nearly twice the NHS cost.",
    "DR LENA VOSS: That is correct for a small number of trusts, mainly in the south-west, and we are reviewing those contracts.",
    "CHAIR: Thank you, Dr Voss, and the committee will publish its report on this inquiry in June.",
])
PROBES = [
("The Health and Social Care Committee held an evidence session on waiting times for diagnostic scans [1.1].", S1, "S"),  # matches
("Dr Lena Voss, NHS England's national director of diagnostics, gave evidence to the committee [1.1, 1.3].", S1, "S"),  # introduced and answered
("The Public Accounts Committee held a session on diagnostic waiting times [1.1].", S1, "R"),  # Health and Social Care Committee
("Dr Lena Voss is the chief executive of NHS England [1.1].", S1, "R"),  # national director of diagnostics
("The chair said 412,000 patients in England had waited over six weeks for an MRI or CT scan [1.2].", S1, "S"),  # matches
("The chair asked Voss to explain why so many patients were waiting more than six weeks for scans [1.2].", S1, "S"),  # paraphrase
("The chair said 412,000 patients had waited more than six months for a scan [1.2].", S1, "R"),  # weeks
("The chair said 421,000 patients had waited more than six weeks [1.2].", S1, "R"),  # 412,000
("The chair said 412,000 patients across the UK had waited more than six weeks for a scan [1.2].", S1, "R"),  # England
("Voss told the committee that a shortage of radiographers was the biggest single cause of the delays [1.3].", S1, "S"),  # biggest single factor
("Voss said about 1,900 radiographer posts are vacant [1.3].", S1, "S"),  # matches
("Voss said the biggest single factor behind the waits was a shortage of scanners [1.3, 1.4].", S1, "R"),  # radiographers
("Voss said around 1,900 radiographers had left the NHS last year [1.3].", S1, "R"),  # vacancies, not leavers
("Voss said around a fifth of NHS hospital scanners are more than a decade old and break down more often [1.4].", S1, "S"),  # one in five
("Voss said about one in five NHS hospital scanners is more than twenty years old [1.4].", S1, "R"),  # ten years
("Voss said half of NHS hospital scanners are over ten years old [1.4].", S1, "R"),  # one in five
("Community diagnostic centres performed 2.3 million tests last year, Voss said, but that was not enough to keep up with demand [1.5].", S1, "S"),  # matches
("Voss said demand had risen by 11% [1.5].", S1, "S"),  # matches
("Community diagnostic centres carried out 3.2 million tests last year [1.5].", S1, "R"),  # 2.3 million
("Voss said community diagnostic centres had kept pace with demand [1.5].", S1, "R"),  # had not
("Voss said demand fell by 11% [1.5].", S1, "R"),  # rose
("Richard Tolland said NHS England had promised in 2023 to halve the six-week backlog by this spring [1.1, 1.6].", S1, "S"),  # organisation = NHS England
("Tolland said the backlog had grown instead of being halved [1.6].", S1, "S"),  # matches
("Richard Tolland said NHS England had promised to clear the six-week backlog entirely by this spring [1.6].", S1, "R"),  # halved
("Tolland said the backlog had been halved as promised [1.6].", S1, "R"),  # it grew
("Tolland said the promise to the committee was made in 2022 [1.6].", S1, "R"),  # 2023
("Voss admitted missing the target and apologised to patients who had waited too long [1.7].", S1, "S"),  # matches
("Voss conceded that NHS England had not met its 2023 pledge to halve the backlog by spring [1.1, 1.6, 1.7].", S1, "S"),  # merged
("Voss denied that NHS England had missed the target [1.7].", S1, "R"),  # accepted
("The chair apologised to patients who had waited longer than they should [1.7].", S1, "R"),  # Voss apologised
("Voss said last year's industrial action cost an estimated 180,000 scan appointments [1.8].", S1, "S"),  # matches
("Voss noted that the target had been set before last year's strikes [1.8].", S1, "S"),  # industrial action = strikes
("Voss said industrial action this year cost an estimated 180,000 scan appointments [1.8].", S1, "R"),  # last year
("Voss said the strikes cost about 108,000 scan appointments [1.8].", S1, "R"),  # 180,000
("Voss said the target was set after the industrial action [1.8].", S1, "R"),  # before
("Tolland argued that the strikes could not account for a backlog that was already rising before they started [1.9].", S1, "S"),  # paraphrase
("Tolland rejected the suggestion that strikes explained the backlog [1.8, 1.9].", S1, "S"),  # response to Voss
("Tolland said the strikes fully explained the rising backlog [1.9].", S1, "R"),  # cannot explain
("Voss said the backlog had been falling before the strikes began [1.9].", S1, "R"),  # Tolland said it was already rising
("The chair raised the £650m the Treasury announced in the autumn for new scanners [1.10].", S1, "S"),  # matches
("The chair said the Treasury had announced £650m for new radiographers [1.10].", S1, "R"),  # scanners
("The chair said the Department of Health had announced £650m in the spring [1.10].", S1, "R"),  # Treasury, autumn
("Voss welcomed the scanner funding but said only £210m of the £650m had so far reached trusts [1.10, 1.11].", S1, "S"),  # merged
("About £440m of the scanner money has yet to be released to trusts [1.10, 1.11].", S1, "S"),  # 650 - 210
("Voss said the rest of the money is not expected before next April [1.11].", S1, "S"),  # matches
("Voss said £210m of the money had been spent on new scanners [1.11].", S1, "R"),  # released to trusts, not spent
("Voss said the remaining money was expected next month [1.11].", S1, "R"),  # next April
("Voss said she did not think the backlog could be brought below 200,000 before the end of next year without the full funding [1.12].", S1, "S"),  # reported speech
("Voss said the backlog would fall below 200,000 by the end of next year [1.12].", S1, "R"),  # conditional doubt dropped
("Voss said that even with the full funding the backlog could not be brought below 200,000 before the end of next year [1.12].", S1, "R"),  # condition reversed
("Citing Voss's written evidence, the chair said some trusts paid private providers as much as £450 per scan [1.13].", S1, "S"),  # matches
("The chair said some trusts were paying private providers almost double the NHS cost per scan [1.13].", S1, "S"),  # nearly twice
("Tolland said some trusts were paying private providers up to £450 per scan [1.13].", S1, "R"),  # the chair said it
("The chair said some trusts were paying private providers more than three times the NHS cost [1.13].", S1, "R"),  # nearly twice
("Voss confirmed that a small number of trusts, mostly in the south-west, were paying those prices [1.13, 1.14].", S1, "S"),  # matches
("Voss said NHS England was reviewing the private scan contracts in question [1.1, 1.13, 1.14].", S1, "S"),  # we = NHS England
("Voss said most trusts were paying private providers up to £450 per scan [1.13, 1.14].", S1, "R"),  # small number
("Voss said the trusts paying the higher prices were mainly in the north-east [1.14].", S1, "R"),  # south-west
("Voss said the private provider contracts had been cancelled [1.14].", S1, "R"),  # being reviewed
("The committee plans to publish its inquiry report in June [1.15].", S1, "S"),  # matches
("The committee will publish its report in July [1.15].", S1, "R"),  # June
("Voss said older scanners break down more often than newer ones [1.4].", S1, "S"),  # paraphrase
("Voss said the 180,000 lost appointments fully accounted for the missed target [1.7, 1.8].", S1, "R"),  # she only 'pointed out'; overstated
("Voss described the Treasury money as welcome [1.10, 1.11].", S1, "S"),  # matches
("Voss said the backlog would be halved by next April once the full funding arrived [1.11, 1.12].", S1, "R"),  # not said
]
