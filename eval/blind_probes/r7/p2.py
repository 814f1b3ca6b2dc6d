# Courts: fraud sentencing (A) and appeals court ruling on a zoning law (B)
A = ("A federal judge on Friday sentenced former hedge fund manager Victor Lamont to 12 years in prison for defrauding investors of more than $90 million. "
     "Prosecutors had sought a sentence of at least 20 years. "
     "Judge Priya Raman said Lamont had shown little remorse but noted that he had cooperated with investigators after his arrest. "
     "Lamont was convicted in March on eight counts of securities fraud and two counts of wire fraud. "
     "A jury acquitted him of a single charge of obstruction of justice. "
     "His lawyer, Gerald Fitch, said Lamont would appeal the conviction. "
     "Raman also ordered Lamont to forfeit his Manhattan apartment and pay $45 million in restitution. "
     "Several victims, including a retired teacher who lost her pension savings, addressed the court before the sentence was read. "
     "Lamont's co-defendant, Sara Quill, pleaded guilty last year and is expected to be sentenced in June.")
B = ("A state appeals court on Tuesday struck down a city ordinance that banned short-term rentals in residential neighbourhoods. "
     "The three-judge panel ruled 2-1 that the city had exceeded its authority under state law. "
     "Writing for the majority, Judge Helen Ortiz said the ordinance conflicted with a 2019 statute that limits local control over housing. "
     "In a dissent, Judge Marcus Webb argued that cities have broad power to regulate land use. "
     "The ruling reverses a lower court decision from last year that had upheld the ban. "
     "City Attorney Laura Kim said the city was considering an appeal to the state Supreme Court. "
     "The lawsuit was brought by a group of homeowners who rent out rooms to tourists. "
     "About 3,000 short-term rental listings were removed after the ban took effect in 2022.")
X = [A, B]
PROBES = [
    ("On Friday a federal judge sentenced ex-hedge fund manager Victor Lamont to 12 years in prison for defrauding investors of more than $90 million [1.1].", X, "S"),
    ("Prosecutors had asked for a prison term of at least 20 years [1.2].", X, "S"),
    ("Judge Priya Raman said Lamont had shown little remorse, but noted that he had cooperated with investigators following his arrest [1.3].", X, "S"),
    ("Lamont was found guilty in March of eight counts of securities fraud and two counts of wire fraud [1.4].", X, "S"),
    ("The jury acquitted Lamont of one obstruction of justice charge [1.5].", X, "S"),
    ("Gerald Fitch, Lamont's lawyer, said his client would appeal the conviction [1.6].", X, "S"),
    ("Raman ordered Lamont to pay $45 million in restitution and forfeit his Manhattan apartment [1.7].", X, "S"),
    ("Before the sentence was read, several victims addressed the court, among them a retired teacher who lost her pension savings [1.8].", X, "S"),
    ("Co-defendant Sara Quill, who pleaded guilty last year, is expected to be sentenced in June [1.9].", X, "S"),
    ("Victor Lamont received 12 years in prison, well short of the minimum of 20 years prosecutors had sought [1.1][1.2].", X, "S"),
    ("Convicted in March of ten fraud counts, Lamont was sentenced on Friday to 12 years in prison [1.1][1.4].", X, "S"),
    ("Lamont, who defrauded investors of more than $90 million, must also pay $45 million in restitution [1.1][1.7].", X, "S"),
    # unsupported
    ("A federal judge sentenced Victor Lamont to 20 years in prison [1.1][1.2].", X, "R"),  # number pooled from 1.2
    ("Prosecutors had sought a sentence of 20 years [1.2].", X, "R"),  # dropped "at least"
    ("Judge Priya Raman said Lamont had shown no remorse [1.3].", X, "R"),  # little -> no
    ("Judge Raman said Lamont had cooperated with investigators before his arrest [1.3].", X, "R"),  # after -> before
    ("Lamont was convicted in May on eight counts of securities fraud [1.4].", X, "R"),  # month
    ("A jury convicted him of obstruction of justice [1.5].", X, "R"),  # acquitted -> convicted
    ("Lamont said he would appeal the conviction [1.6].", X, "R"),  # lawyer's statement given as Lamont's
    ("Lamont appealed the conviction, his lawyer Gerald Fitch said [1.6].", X, "R"),  # would appeal -> appealed
    ("Raman ordered Lamont to forfeit his Brooklyn apartment [1.7].", X, "R"),  # place
    ("Lamont was ordered to pay $90 million in restitution [1.1][1.7].", X, "R"),  # number pooled
    ("A retired teacher who lost her pension savings addressed the court after the sentence was read [1.8].", X, "R"),  # before -> after
    ("Sara Quill pleaded guilty last year and was sentenced in June [1.9].", X, "R"),  # expected dropped
    ("Lamont's co-defendant, Sara Quill, pleaded not guilty last year [1.9].", X, "R"),  # negation
    ("Lamont received a lighter sentence because he cooperated with investigators [1.1][1.3].", X, "R"),  # invented cause
    ("Prosecutors said Lamont had shown little remorse [1.2][1.3].", X, "R"),  # judge's words given to prosecutors
    # B supported
    ("On Tuesday a state appeals court overturned a city ordinance banning short-term rentals in residential neighbourhoods [2.1].", X, "S"),
    ("The three-judge panel ruled 2-1 that the city had gone beyond its authority under state law [2.2].", X, "S"),
    ("Judge Helen Ortiz, writing for the majority, said the ordinance conflicted with a 2019 statute limiting local control over housing [2.3].", X, "S"),
    ("Dissenting, Judge Marcus Webb argued that cities have broad power to regulate land use [2.4].", X, "S"),
    ("The decision reverses a lower court ruling from last year that had upheld the ban [2.5].", X, "S"),
    ("City Attorney Laura Kim said the city was considering appealing to the state Supreme Court [2.6].", X, "S"),
    ("The suit was brought by homeowners who rent out rooms to tourists [2.7].", X, "S"),
    ("Roughly 3,000 short-term rental listings were taken down after the ban took effect in 2022 [2.8].", X, "S"),
    ("A divided appeals panel struck down the city's short-term rental ban, reversing a lower court ruling from last year [2.1][2.2][2.5].", X, "S"),
    ("The court ruled 2-1 that the ban, which took effect in 2022, exceeded the city's authority under state law [2.2][2.8].", X, "S"),
    # B unsupported
    ("A state appeals court on Tuesday upheld a city ordinance that banned short-term rentals [2.1].", X, "R"),  # struck down -> upheld
    ("The three-judge panel ruled unanimously that the city had exceeded its authority [2.2].", X, "R"),  # 2-1 -> unanimous
    ("Judge Marcus Webb, writing for the majority, said the ordinance conflicted with a 2019 statute [2.3][2.4].", X, "R"),  # judges swapped
    ("Judge Helen Ortiz said the ordinance conflicted with a 2017 statute that limits local control over housing [2.3].", X, "R"),  # year
    ("In a dissent, Judge Marcus Webb argued that cities have limited power to regulate land use [2.4].", X, "R"),  # broad -> limited
    ("The city will appeal to the state Supreme Court, City Attorney Laura Kim said [2.6].", X, "R"),  # considering -> will
    ("The lawsuit was brought by a group of tourists who rent rooms from homeowners [2.7].", X, "R"),  # roles swapped
    ("About 3,000 short-term rental listings were removed after the ban took effect in 2019 [2.3][2.8].", X, "R"),  # year pooled
    ("The ruling reverses a lower court decision from last year that had struck down the ban [2.5].", X, "R"),  # upheld -> struck down
    ("About 3,000 short-term rental listings were removed after the ruling [2.8].", X, "R"),  # after ban -> after ruling
    ("The appeals court struck down a city ordinance that banned all rentals in residential neighbourhoods [2.1].", X, "R"),  # short-term dropped/widened with "all"
    ("The appeals court struck down a city ordinance that banned short-term rentals [2.1].", X, "R"),  # dropped "in residential neighbourhoods": widens the ban
]
