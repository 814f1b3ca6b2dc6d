# Domain: a High Court judge's ruling in a software copyright lawsuit between two companies
S1 = " ".join([
    "A High Court judge has ruled that software firm Brightline Systems copied parts of a rival's design tool, in a decision handed down in London on Wednesday.",
    "Mrs Justice Harrow found that Brightline had reproduced about 4,000 lines of source code belonging to Kestrel Digital, a smaller company based in Leeds.",
    "Kestrel had sued Brightline in 2022, claiming that a former employee took the code when he moved between the two firms.",
    "The judge said the similarities between the two programs were 'too numerous and too specific to be a coincidence'.",
    "However, she rejected Kestrel's claim that Brightline's user interface had also been copied.",
    "She said screen layouts of that kind were common across the industry and were not protected by copyright.",
    "Kestrel had sought damages of £18m, but the amount it will receive is to be decided at a separate hearing in the autumn.",
    "The judge granted an injunction preventing Brightline from selling the current version of its product, Canvas Pro, in the UK.",
    "The injunction will not take effect for 60 days, to give Brightline time to remove the disputed code.",
    "Brightline said it was 'disappointed' by the ruling and was considering an appeal.",
    "Its shares fell 7% in early trading on the London Stock Exchange after the decision was announced.",
    "Kestrel's founder, Nadia Osei, said the judgment was 'a victory for small developers everywhere'.",
    "The former employee, who was not named in court, was not a party to the case.",
])
PROBES = [
("A judge in London ruled on Wednesday that Brightline Systems had copied parts of a competitor's design tool [1.1].", S1, "S"),  # rival = competitor
("Brightline was found to have reproduced roughly 4,000 lines of Kestrel Digital's source code [1.2].", S1, "S"),  # passive paraphrase
("Kestrel Digital is based in Leeds [1.2].", S1, "S"),  # stated
("Kestrel Digital is a smaller company than Brightline [1.2].", S1, "S"),  # a smaller company
("Kestrel brought its case against Brightline in 2022 [1.3].", S1, "S"),  # sued = brought case
("Kestrel alleged that a former employee took the code when he moved between the firms [1.3].", S1, "S"),  # claiming = alleged
("The judge said the programs' similarities were 'too numerous and too specific to be a coincidence' [1.4].", S1, "S"),  # quote kept
("Kestrel's claim that Brightline's user interface had also been copied was rejected by the judge [1.5].", S1, "S"),  # passive
("The judge said screen layouts of that kind were widespread in the industry and not protected by copyright [1.6].", S1, "S"),  # common = widespread
("Kestrel had sought 18 million pounds in damages [1.7].", S1, "S"),  # number format
("A separate hearing in the autumn will decide how much Kestrel receives [1.7].", S1, "S"),  # paraphrase
("The judge granted an injunction against sales of the current version of Canvas Pro in the UK [1.8].", S1, "S"),  # nominalisation
("The injunction takes effect after 60 days, giving Brightline time to remove the disputed code [1.9].", S1, "S"),  # paraphrase
("Brightline said it was 'disappointed' by the ruling [1.10].", S1, "S"),  # dropped detail
("Brightline said it was considering an appeal [1.10].", S1, "S"),  # dropped detail
("Brightline's shares dropped 7% in early trading after the decision was announced [1.10, 1.11].", S1, "S"),  # its = Brightline's
("Nadia Osei, who founded Kestrel, called the judgment 'a victory for small developers everywhere' [1.12].", S1, "S"),  # founder = who founded
("The former employee was not named in court [1.13].", S1, "S"),  # stated
("The former employee was not a party to the case [1.13].", S1, "S"),  # stated
("The judge found that Kestrel's code had been copied but rejected its claim about the user interface [1.2, 1.5].", S1, "S"),  # merge
("Canvas Pro is a Brightline product [1.8].", S1, "S"),  # its product
("The amount of damages Kestrel will receive has not yet been decided [1.7].", S1, "S"),  # to be decided
("The dispute concerns a design tool [1.1].", S1, "S"),  # generalisation
("The ruling was handed down in London [1.1].", S1, "S"),  # dropped detail
("Shares in Brightline fell on the London Stock Exchange [1.10, 1.11].", S1, "S"),  # dropped figure
("The judge did not accept that Brightline's user interface had been copied [1.5].", S1, "S"),  # rejected = did not accept
("Brightline has 60 days to remove the disputed code before the injunction applies [1.9].", S1, "S"),  # paraphrase
("The judge said the similarities could not be explained as coincidence [1.4].", S1, "S"),  # paraphrase
("About 4,000 lines of Kestrel's source code were reproduced by Brightline, Mrs Justice Harrow found [1.2].", S1, "S"),  # passive
("Kestrel's case was that a former employee had taken the code [1.3].", S1, "S"),  # nominal paraphrase
("Mrs Justice Harrow said screen layouts of that kind were common across the industry [1.2, 1.6].", S1, "S"),  # she = the judge named in 1.2
("Kestrel wanted £18m in damages [1.7].", S1, "S"),  # sought = wanted
("The judge found that Brightline had copied parts of a rival's design tool in a decision handed down on Tuesday [1.1].", S1, "R"),  # Wednesday
("A High Court judge ruled in Leeds that Brightline Systems had copied parts of a rival's design tool [1.1].", S1, "R"),  # London, not Leeds
("Mrs Justice Harrow found that Brightline had reproduced about 40,000 lines of source code [1.2].", S1, "R"),  # 4,000
("Brightline reproduced source code belonging to Kestrel Digital, a larger company based in Leeds [1.2].", S1, "R"),  # smaller
("Brightline reproduced source code belonging to Kestrel Digital, a smaller company based in Manchester [1.2].", S1, "R"),  # Leeds
("Brightline had sued Kestrel in 2022 [1.3].", S1, "R"),  # role swap: Kestrel sued Brightline
("Kestrel had sued Brightline in 2021 [1.3].", S1, "R"),  # 2022
("Kestrel claimed that a current employee took the code [1.3].", S1, "R"),  # former employee
("A former employee admitted taking the code when he moved between the two firms [1.3].", S1, "R"),  # only Kestrel's claim; no admission
("The judge said the similarities were 'too numerous and too similar to be a coincidence' [1.4].", S1, "R"),  # altered quote: too specific
("The judge also found that Brightline's user interface had been copied [1.5].", S1, "R"),  # negation: she rejected this
("The judge upheld Kestrel's claim that Brightline's user interface had been copied [1.5].", S1, "R"),  # rejected, not upheld
("The judge said screen layouts of that kind were rare across the industry [1.6].", S1, "R"),  # common
("The judge said screen layouts of that kind were common across the industry and were protected by copyright [1.6].", S1, "R"),  # negation flipped
("Kestrel was awarded damages of £18m [1.7].", S1, "R"),  # sought; amount still to be decided
("Kestrel had sought damages of £8m [1.7].", S1, "R"),  # £18m
("The amount Kestrel will receive is to be decided at a separate hearing in the spring [1.7].", S1, "R"),  # autumn
("The judge granted an injunction preventing Brightline from selling Canvas Pro anywhere in Europe [1.8].", S1, "R"),  # UK only
("The judge granted an injunction preventing Brightline from selling any version of Canvas Pro in the UK [1.8].", S1, "R"),  # current version only
("The judge refused Kestrel's request for an injunction against Canvas Pro [1.8].", S1, "R"),  # she granted one
("The injunction will not take effect for 90 days [1.9].", S1, "R"),  # 60 days
("The injunction takes effect immediately [1.9].", S1, "R"),  # delayed 60 days
("The injunction will not take effect for 60 days, to give Brightline time to lodge an appeal [1.9].", S1, "R"),  # reason: to remove the code
("Brightline said it was 'disappointed' by the ruling and would appeal [1.10].", S1, "R"),  # considering -> would
("Brightline said it was 'appalled' by the ruling [1.10].", S1, "R"),  # altered quote
("Kestrel said it was 'disappointed' by the ruling and was considering an appeal [1.10].", S1, "R"),  # wrong party: Brightline
("Brightline's shares rose 7% in early trading after the decision was announced [1.10, 1.11].", S1, "R"),  # fell
("Brightline's shares fell 17% in early trading [1.10, 1.11].", S1, "R"),  # 7%
("Kestrel's shares fell 7% in early trading after the decision [1.10, 1.11].", S1, "R"),  # they were Brightline's shares
("Nadia Osei said the judgment was 'a victory for small developers in Britain' [1.12].", S1, "R"),  # altered quote: everywhere
("Kestrel's chief executive, Nadia Osei, said the judgment was a victory for small developers [1.12].", S1, "R"),  # title: founder, not chief executive
("Brightline's founder, Nadia Osei, welcomed the judgment [1.12].", S1, "R"),  # she is Kestrel's founder
("The former employee, who was named in court, was not a party to the case [1.13].", S1, "R"),  # not named
("The former employee was a co-defendant in the case [1.13].", S1, "R"),  # not a party
("Brightline said it was considering an appeal [1.12].", S1, "R"),  # wrong citation: 1.10
("The judge found that Brightline had reproduced about 4,000 lines of code belonging to a former employee [1.2, 1.3].", S1, "R"),  # code belonged to Kestrel
]
