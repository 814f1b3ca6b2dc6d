# Domain: a fraud sentencing in a crown court
S1 = " ".join([
    "Former financial adviser Graham Pelling was jailed for seven years and four months at Southwark Crown Court on Thursday for defrauding 63 clients of £4.3 million.",
    "Pelling, 58, from Guildford, had pleaded guilty in June to fraud by abuse of position and money laundering.",
    "The court heard he told clients their savings were being placed in low-risk bonds, when in fact the money was used to fund his gambling and two holiday homes in Portugal.",
    "Judge Alison Carew said Pelling had shown 'a cold and calculated disregard' for people who trusted him with their life savings.",
    "She said she had reduced the sentence by a quarter because of his guilty plea.",
    "One victim, an 81-year-old widow from Woking, lost £310,000 and has had to sell her home.",
    "Pelling's barrister, Naomi Frost, said her client was 'genuinely remorseful' and had been suffering from a gambling addiction.",
    "Confiscation proceedings will begin in the spring, and prosecutors hope to recover at least £1.8 million.",
])
S2 = " ".join([
    "The Serious Fraud Office said the case was one of the largest frauds by a single adviser it had investigated in the south-east.",
    "The Financial Conduct Authority banned Pelling from working in financial services in 2023, a year before his arrest.",
    "Several victims said outside court that the sentence was too lenient.",
    "The Financial Ombudsman Service said it had received 41 complaints about Pelling's former firm, Pelling Wealth.",
    "Victims may be entitled to compensation of up to £85,000 each from the Financial Services Compensation Scheme.",
    "The scheme said it expected to begin paying claims within six months.",
])
PROBES = [
("Graham Pelling, a former financial adviser, received a sentence of seven years and four months at Southwark Crown Court on Thursday [1.1].", [S1, S2], "S"),  # paraphrase
("Graham Pelling was jailed for seven years and four months at Southwark Crown Court on Tuesday [1.1].", [S1, S2], "R"),  # weekday
("Graham Pelling was jailed for four years and seven months for defrauding 63 clients [1.1].", [S1, S2], "R"),  # sentence swapped
("Pelling swindled 63 clients out of £4.3m [1.1].", [S1, S2], "S"),  # compression, number format
("Pelling swindled 36 clients out of £4.3m [1.1].", [S1, S2], "R"),  # digits swapped
("Pelling was jailed at the Old Bailey for defrauding 63 clients of £4.3 million [1.1].", [S1, S2], "R"),  # court swapped
("Pelling, a 58-year-old from Guildford, admitted fraud by abuse of position and money laundering in June [1.2].", [S1, S2], "S"),  # pleaded guilty = admitted
("Pelling, 58, was convicted by a jury in June of fraud and money laundering [1.2].", [S1, S2], "R"),  # plea -> jury conviction
("Pelling, 58, from Woking, pleaded guilty in June [1.2].", [S1, S2], "R"),  # hometown swapped
("Pelling pleaded guilty to fraud by abuse of position but denied money laundering [1.2].", [S1, S2], "R"),  # partial denial invented
("Clients were told their savings were in low-risk bonds, but Pelling actually spent the money on gambling and two Portuguese holiday homes [1.3].", [S1, S2], "S"),  # paraphrase
("Clients were told their savings were in low-risk bonds, but Pelling spent the money on gambling and two holiday homes in Spain [1.3].", [S1, S2], "R"),  # country swapped
("Clients were told their savings were in high-yield shares [1.3].", [S1, S2], "R"),  # investment type changed
("Pelling used clients' money to pay for gambling, two holiday homes in Portugal and a yacht [1.3].", [S1, S2], "R"),  # added item
("Judge Alison Carew said Pelling had displayed 'a cold and calculated disregard' for those who had trusted him with their life savings [1.4].", [S1, S2], "S"),  # near-paraphrase
("Judge Alison Carew said Pelling had shown 'a reckless disregard' for people who trusted him [1.4].", [S1, S2], "R"),  # altered quote
("Naomi Frost said Pelling had shown 'a cold and calculated disregard' for his clients [1.4].", [S1, S2], "R"),  # wrong speaker
("The judge cut the sentence by 25% to reflect his guilty plea [1.4, 1.5].", [S1, S2], "S"),  # a quarter = 25%
("The judge cut the sentence by a third to reflect his guilty plea [1.5].", [S1, S2], "R"),  # fraction changed
("The judge reduced the sentence by a quarter because of his remorse [1.5].", [S1, S2], "R"),  # reason swapped
("An 81-year-old widow from Woking lost £310,000 and has been forced to sell her home [1.6].", [S1, S2], "S"),  # paraphrase
("An 81-year-old widow from Woking lost £310,000 and may have to sell her home [1.6].", [S1, S2], "R"),  # has had to -> may (modality)
("An 81-year-old widow from Woking lost £130,000 [1.6].", [S1, S2], "R"),  # amount swapped
("Defence barrister Naomi Frost told the court Pelling was 'genuinely remorseful' and had suffered from a gambling addiction [1.7].", [S1, S2], "S"),  # paraphrase
("Naomi Frost said Pelling was 'genuinely remorseful' and had now overcome a gambling addiction [1.7].", [S1, S2], "R"),  # added claim
("Judge Carew accepted that Pelling was 'genuinely remorseful' [1.7].", [S1, S2], "R"),  # wrong speaker
("Prosecutors hope to claw back at least £1.8m in confiscation proceedings starting in the spring [1.8].", [S1, S2], "S"),  # paraphrase
("Prosecutors will recover £1.8m in confiscation proceedings starting in the spring [1.8].", [S1, S2], "R"),  # hope -> will
("Prosecutors hope to recover at least £1.8m in confiscation proceedings starting in the autumn [1.8].", [S1, S2], "R"),  # season swapped
("The SFO described the case as among the biggest frauds by a lone adviser that it had investigated in the south-east [2.1].", [S1, S2], "S"),  # paraphrase
("The SFO described the case as the biggest fraud by a single adviser it had ever investigated in the UK [2.1].", [S1, S2], "R"),  # one of -> the biggest, region -> UK
("Pelling was banned by the Financial Conduct Authority from the financial services industry in 2023, a year before he was arrested [2.2].", [S1, S2], "S"),  # passive
("Pelling was arrested in 2023, a year before the FCA banned him [2.2].", [S1, S2], "R"),  # order reversed
("The FCA ban on Pelling came in 2023, so he was arrested in 2024 [2.2].", [S1, S2], "S"),  # a year before arrest -> arrest 2024
("Several victims said outside court that they felt the sentence was too soft [2.3].", [S1, S2], "S"),  # lenient = soft
("All of the victims said outside court that the sentence was too lenient [2.3].", [S1, S2], "R"),  # several -> all
("Several victims said outside court that the sentence was fair [2.3].", [S1, S2], "R"),  # antonym
("The Financial Ombudsman Service has had 41 complaints about Pelling Wealth, his old firm [2.4].", [S1, S2], "S"),  # paraphrase
("The Financial Ombudsman Service has upheld 41 complaints about Pelling Wealth [2.4].", [S1, S2], "R"),  # received -> upheld
("The Financial Ombudsman Service has received 14 complaints about Pelling Wealth [2.4].", [S1, S2], "R"),  # number swapped
("Victims could receive up to £85,000 each from the Financial Services Compensation Scheme [2.5].", [S1, S2], "S"),  # may be entitled -> could receive
("Every victim will receive £85,000 from the Financial Services Compensation Scheme [2.5].", [S1, S2], "R"),  # hedge and cap dropped
("The compensation scheme expects to start paying out within six months [2.6].", [S1, S2], "S"),  # paraphrase
("The compensation scheme has begun paying claims [2.6].", [S1, S2], "R"),  # future -> done
("The compensation scheme expects to start paying claims within three months [2.6].", [S1, S2], "R"),  # period changed
("Pelling, who admitted the offences in June, had his sentence cut by a quarter for the plea [1.2, 1.5].", [S1, S2], "S"),  # merge
("Victims may get up to £85,000 each, with payments expected to start within six months [2.5, 2.6].", [S1, S2], "S"),  # merge
("Pelling's barrister said he had a gambling addiction, and the court heard client money funded his gambling [1.7, 1.3].", [S1, S2], "S"),  # merge
("Pelling was jailed for defrauding 63 clients, a year after the FCA banned him from the industry [1.1].", [S1, S2], "R"),  # ban detail only in uncited 2.2 (and timing not stated)
("The judge said Pelling had been suffering from a gambling addiction [1.4].", [S1, S2], "R"),  # wrong speaker / wrong sentence (barrister in 1.7)
("A Woking widow, 81, was among Pelling's 63 victims and lost £310,000 [1.6, 1.1].", [S1, S2], "S"),  # merge
("Pelling was jailed for more than seven years [1.1].", [S1, S2], "S"),  # 7y4m > 7 years
("Pelling was jailed for nearly eight years after pleading not guilty [1.1, 1.2].", [S1, S2], "R"),  # plea flipped
("The court heard Pelling spent clients' money on two holiday homes in Portugal [1.3].", [S1, S2], "S"),  # compression
("Pelling misled clients into thinking their savings sat in low-risk bonds [1.3].", [S1, S2], "S"),  # paraphrase
("According to his barrister, Pelling is genuinely sorry and had a gambling addiction [1.7].", [S1, S2], "S"),  # remorseful = sorry, attribution kept
("His guilty plea earned Pelling a one-quarter reduction in his sentence, the judge said [1.4, 1.5].", [S1, S2], "S"),  # nominalised
("Confiscation proceedings are due to start in the spring [1.8].", [S1, S2], "S"),  # will begin = due to start
("The widow, 81, who lost £310,000 to Pelling, has sold her home [1.6].", [S1, S2], "S"),  # has had to sell -> has sold
]
