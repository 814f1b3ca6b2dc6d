# Domain: employment tribunal ruling on unfair dismissal
S1 = " ".join([
    "A warehouse supervisor who was sacked after raising safety concerns was unfairly dismissed, an employment tribunal in Manchester has ruled.",
    "Darren Mbeki, 47, had worked for logistics firm Castlegate Distribution for 11 years before he was dismissed in March 2024.",
    "The company said he had been sacked for gross misconduct after he refused to operate a forklift truck during a night shift.",
    "Mr Mbeki told the tribunal he had refused because the truck's brakes had failed an inspection two days earlier and had not been repaired.",
    "Employment Judge Helen Carraway found that the brake fault had been logged by another employee but that no repair had been carried out before the shift.",
    "She said Castlegate's disciplinary hearing had been 'fundamentally flawed', noting that the manager who chaired it, Paul Dennison, was also the person who had made the original complaint against Mr Mbeki.",
    "The judge also ruled that the dismissal was automatically unfair because Mr Mbeki had been dismissed for raising a health and safety concern.",
    "However, she rejected his separate claim of race discrimination, saying there was no evidence that his ethnicity had played any part in the decision.",
    "Mr Mbeki was awarded £38,650, made up of a basic award of £9,450 and a compensatory award of £29,200.",
    "The compensatory award was reduced by 15% because the judge found he had failed to follow the company's grievance procedure.",
    "Castlegate, which employs about 2,300 people at nine sites, said it was 'disappointed' with the outcome and was considering an appeal.",
    "A spokesperson added that the company had since reviewed its vehicle maintenance procedures.",
    "Speaking outside the tribunal, Mr Mbeki said he had 'only ever wanted to go home safe' and hoped the ruling would encourage other workers to speak up.",
    "His case was supported by the GMB union, whose regional organiser, Sarah Quinlan, said the ruling sent 'a clear message' to employers.",
    "The hearing took place over four days in January, and the written judgment was published on Tuesday.",
])
PROBES = [
("A Manchester employment tribunal found that Castlegate Distribution unfairly dismissed warehouse supervisor Darren Mbeki [1.1, 1.2].", S1, "S"),  # merged
("Mbeki, 47, was a warehouse supervisor at a logistics company [1.1, 1.2].", S1, "S"),  # merged
("A Leeds employment tribunal ruled that the warehouse supervisor was unfairly dismissed [1.1].", S1, "R"),  # Manchester
("Mbeki had been with Castlegate for 11 years when he was sacked in March 2024 [1.2].", S1, "S"),  # matches
("Darren Mbeki had worked for Castlegate for 15 years [1.2].", S1, "R"),  # 11
("Mbeki was dismissed in March 2023 [1.2].", S1, "R"),  # 2024
("Castlegate said it dismissed Mbeki for gross misconduct after he declined to drive a forklift on a night shift [1.3].", S1, "S"),  # paraphrase
("According to the company, the sacking followed Mbeki's refusal to use a forklift truck [1.3].", S1, "S"),  # reworded
("Castlegate said Mbeki was sacked for persistent lateness [1.3].", S1, "R"),  # gross misconduct / refusal
("Mbeki refused to operate a forklift truck during a day shift [1.3].", S1, "R"),  # night shift
("Mbeki told the tribunal the forklift's brakes had failed an inspection two days before and had not been fixed [1.4].", S1, "S"),  # reported speech
("Mbeki said he refused to use the forklift because of its unrepaired brakes [1.4].", S1, "S"),  # compressed
("Mbeki said the brakes had failed an inspection two weeks earlier [1.4].", S1, "R"),  # two days
("Mbeki said the brakes had been repaired but he did not trust the repair [1.4].", S1, "R"),  # not repaired
("The judge found that another employee had logged the brake fault, which was not repaired before the shift [1.5].", S1, "S"),  # matches
("The judge accepted that the brake fault remained unrepaired at the time of the shift [1.5].", S1, "S"),  # reworded
("The judge found that Mbeki himself had logged the brake fault [1.5].", S1, "R"),  # another employee
("Employment Judge Helen Carraway found the brakes had been repaired before the shift [1.5].", S1, "R"),  # no repair
("Judge Helen Carraway described Castlegate's disciplinary hearing as 'fundamentally flawed' [1.5, 1.6].", S1, "S"),  # she = Carraway
("Paul Dennison both chaired the disciplinary hearing and made the original complaint against Mbeki, the judge noted [1.6].", S1, "S"),  # matches
("The manager who complained about Mbeki, Paul Dennison, went on to chair his disciplinary hearing [1.6].", S1, "S"),  # reordered
("Mbeki described the disciplinary hearing as 'fundamentally flawed' [1.6].", S1, "R"),  # the judge said it
("The disciplinary hearing was chaired by Sarah Quinlan [1.6].", S1, "R"),  # Dennison
("Paul Dennison chaired Mbeki's appeal hearing [1.6].", S1, "R"),  # disciplinary hearing
("The judge ruled the dismissal automatically unfair because it was for raising a health and safety concern [1.7].", S1, "S"),  # matches
("The judge ruled the dismissal automatically unfair because Mbeki had been dismissed for whistleblowing about fraud [1.7].", S1, "R"),  # health and safety
("The judge found Mbeki's dismissal unfair but rejected his race discrimination claim [1.7, 1.8].", S1, "S"),  # merged (review: recited to 1.7 so Mbeki is named)
("The judge found no evidence that Mbeki's ethnicity influenced the decision to dismiss him [1.8].", S1, "S"),  # matches
("The judge upheld Mbeki's race discrimination claim [1.8].", S1, "R"),  # rejected
("The judge found limited evidence that Mbeki's ethnicity played a part in the decision [1.8].", S1, "R"),  # no evidence
("Mbeki was awarded £38,650 in compensation for race discrimination [1.8, 1.9].", S1, "R"),  # race claim rejected
("Mbeki received a total award of £38,650 [1.9].", S1, "S"),  # matches
("The compensatory element, £29,200, was larger than the basic award of £9,450 [1.9].", S1, "S"),  # matches
("Mbeki's basic award was £9,450 [1.9].", S1, "S"),  # matches
("Mbeki was awarded £36,850 [1.9].", S1, "R"),  # £38,650
("The basic award was £29,200 [1.9].", S1, "R"),  # swapped with compensatory
("The judge cut the compensatory award by 15% because Mbeki had not followed the grievance procedure [1.10].", S1, "S"),  # matches
("Mbeki's compensation was reduced because, the judge found, he did not use Castlegate's grievance procedure [1.9, 1.10].", S1, "S"),  # reworded
("The compensatory award was reduced by 25% [1.10].", S1, "R"),  # 15%
("The basic award was reduced by 15% because Mbeki failed to follow the grievance procedure [1.10].", S1, "R"),  # compensatory award
("The compensatory award was reduced because Castlegate failed to follow its own grievance procedure [1.10].", S1, "R"),  # Mbeki failed
("Castlegate said it was disappointed and was considering appealing [1.11].", S1, "S"),  # matches
("Castlegate has not ruled out challenging the tribunal's decision [1.11].", S1, "S"),  # considering appeal
("Castlegate employs around 2,300 staff across nine sites [1.11].", S1, "S"),  # matches
("Castlegate, which employs about 2,300 people at 19 sites, said it was disappointed [1.11].", S1, "R"),  # nine sites
("Castlegate said it would appeal against the ruling [1.11].", S1, "R"),  # considering
("The company says it has since reviewed how it maintains its vehicles [1.12].", S1, "S"),  # matches
("Castlegate said it was disappointed and had since reviewed its disciplinary procedures [1.11, 1.12].", S1, "R"),  # vehicle maintenance procedures
("Castlegate had the forklift brakes at all nine of its sites inspected after the case [1.11, 1.12].", S1, "R"),  # added detail
("Outside the tribunal, Mbeki said he had 'only ever wanted to go home safe' [1.13].", S1, "S"),  # matches
("Mbeki said he hoped the ruling would encourage other workers to speak up [1.13].", S1, "S"),  # matches
("Mbeki said he hoped the ruling would encourage employers to listen to their workers [1.13].", S1, "R"),  # other workers speaking up
("Mbeki said he had 'only ever wanted to go home safe' while giving evidence to the tribunal [1.13].", S1, "R"),  # outside the tribunal
("The GMB union backed Mbeki's case [1.14].", S1, "S"),  # supported
("GMB regional organiser Sarah Quinlan said the ruling sent employers 'a clear message' [1.14].", S1, "S"),  # matches
("Mbeki's case was supported by the Unite union [1.14].", S1, "R"),  # GMB
("Sarah Quinlan, the GMB's general secretary, said the ruling sent 'a clear message' [1.14].", S1, "R"),  # regional organiser
("The tribunal sat for four days in January, and its written judgment came out on Tuesday [1.15].", S1, "S"),  # matches
("The hearing took place over four days in February [1.15].", S1, "R"),  # January
("The hearing lasted five days [1.15].", S1, "R"),  # four days
("The written judgment was handed down on the final day of the hearing [1.15].", S1, "R"),  # published Tuesday, not said to be final day
("The tribunal found that Castlegate dismissed Mbeki following a complaint by Sarah Quinlan [1.6, 1.14].", S1, "R"),  # Dennison complained
("A union official said the ruling sent a clear message to employers [1.14].", S1, "S"),  # generalised
("Mbeki said all he had ever wanted was to get home safely [1.13].", S1, "S"),  # paraphrase
("Castlegate said it was 'delighted' with the outcome [1.11].", S1, "R"),  # disappointed
]
