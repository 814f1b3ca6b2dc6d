A = """HOST: Welcome back to Market Hour. I'm joined by Grace Okafor, chief economist at Halden Bank. Where are interest rates heading?
DR. OKAFOR: I expect the central bank to cut rates once more this year, probably in December.
HOST: Not before then?
DR. OKAFOR: Not before then. Inflation is still above target, at 3.4 percent.
HOST: And unemployment?
DR. OKAFOR: It has risen to 5.1 percent, and I think it will keep rising into next spring."""
B = """HOST: Today on Deep Field we're talking to astronomer Luis Ferreira about the new telescope in Chile.
FERREIRA: The mirror is 39 metres across, which makes it the largest optical telescope ever built.
HOST: When will it see first light?
FERREIRA: We hope for 2029, but it could slip to 2030.
HOST: What are you most excited about?
FERREIRA: Imaging planets around other stars directly. That has never been done for Earth-sized planets."""
C = """INTERVIEWER: Minister, your government promised 50,000 new homes this year. How many have been built?
MINISTER HOLM: About 38,000 so far. We will not reach 50,000 this year, I accept that.
INTERVIEWER: Why not?
MINISTER HOLM: Construction costs rose by 18 percent, and two large developers went bankrupt.
INTERVIEWER: Will you resign if the target is missed again next year?
MINISTER HOLM: No. But I will publish the figures every quarter so people can judge for themselves."""
D = """JESS: Welcome to The Final Whistle. With me as always is Tom, and our guest today is former goalkeeper Ana Rios.
TOM: Ana, you played 14 seasons for Valencia. What was the hardest moment?
RIOS: Breaking my wrist in 2011. I missed the cup final and almost retired.
JESS: But you didn't.
RIOS: No, my coach convinced me to stay. I played another six years.
TOM: Who is the best keeper in the world today?
RIOS: For me, it's Lena Vogt. She reads the game better than anyone."""

PROBES = [
    ("Okafor said she expects the central bank to cut rates once more this year, probably in December [1.4].", A, "S"),
    ("Grace Okafor, Halden Bank's chief economist, was the guest on Market Hour [1.1][1.2].", A, "S"),
    ("Okafor said inflation remains above target at 3.4 percent [1.7].", A, "S"),
    ("Okafor said inflation is still above its target, at 3.4 percent [1.6][1.7].", A, "S"),
    ("Okafor does not expect a rate cut before December [1.4][1.6].", A, "S"),
    ("Okafor said unemployment has climbed to 5.1 percent and she thinks it will keep rising into next spring [1.8][1.9].", A, "S"),
    ("Astronomer Luis Ferreira spoke to Deep Field about the new telescope in Chile [1.1].", B, "S"),
    ("Ferreira said the telescope's 39-metre mirror makes it the largest optical telescope ever built [1.2].", B, "S"),
    ("Ferreira said first light is hoped for in 2029 but could slip to 2030 [1.3][1.4].", B, "S"),
    ("Ferreira said he was most excited about directly imaging planets around other stars [1.5][1.6].", B, "S"),
    ("Ferreira noted that Earth-sized planets around other stars have never been imaged directly [1.6][1.7].", B, "S"),
    ("Minister Holm said about 38,000 homes had been built so far [1.2][1.3].", C, "S"),
    ("Holm acknowledged that the government would not reach its target of 50,000 homes this year [1.1][1.4].", C, "S"),
    ("Holm blamed an 18 percent rise in construction costs and the bankruptcy of two large developers [1.5][1.6].", C, "S"),
    ("Holm said she would not resign if the target is missed again next year [1.7][1.8].", C, "S"),
    ("Holm pledged to publish the figures every quarter so people could judge for themselves [1.9].", C, "S"),
    ("The interviewer noted that the government had promised 50,000 new homes this year [1.1].", C, "S"),
    ("Former goalkeeper Ana Rios was the guest on The Final Whistle, hosted by Jess with Tom [1.1][1.2].", D, "S"),
    ("Rios said breaking her wrist in 2011 was her hardest moment [1.4][1.5].", D, "S"),
    ("Rios said she missed the cup final and nearly retired [1.6].", D, "S"),
    ("Rios said her coach persuaded her to stay [1.8].", D, "S"),
    ("Rios named Lena Vogt as the best goalkeeper in the world today [1.10][1.11].", D, "S"),
    ("Tom noted that Rios played 14 seasons for Valencia [1.3].", D, "S"),
    ("Okafor said the central bank will cut rates in December [1.4].", A, "R"),  # 'probably' and 'I expect' dropped
    ("Okafor expects the central bank to raise rates once more this year [1.4].", A, "R"),  # cut -> raise
    ("The host said inflation is still above target at 3.4 percent [1.7].", A, "R"),  # speaker swap: Okafor's turn
    ("Okafor said unemployment has fallen to 5.1 percent [1.9].", A, "R"),  # risen
    ("Okafor said unemployment will keep rising into next spring [1.9].", A, "R"),  # hedge 'I think' dropped
    ("Grace Okafor is chief economist at the central bank [1.2].", A, "R"),  # Halden Bank
    ("In the podcast episode, Okafor predicted a recession next year [1.4][1.9].", A, "R"),  # hallucinated prediction; 'podcast' not stated
    ("Ferreira said the telescope's mirror is 30 metres across [1.2].", B, "R"),  # 39
    ("Ferreira said the telescope will see first light in 2029 [1.4].", B, "R"),  # hope dropped
    ("The host said the telescope could slip to 2030 [1.3][1.4].", B, "R"),  # speaker swap
    ("Ferreira said Earth-sized planets around other stars have already been imaged directly [1.6][1.7].", B, "R"),  # never been done
    ("Ferreira said the telescope in Chile is the largest radio telescope ever built [1.2].", B, "R"),  # optical
    ("The Deep Field episode was recorded at the observatory in Chile [1.1].", B, "R"),  # meta-description hallucinated
    ("Minister Holm said about 50,000 homes had been built so far [1.3].", C, "R"),  # 38,000
    ("Holm said the government would reach its target of 50,000 homes this year [1.4].", C, "R"),  # negation dropped
    ("Holm said she would resign if the target was missed again [1.7][1.8].", C, "R"),  # she said No
    ("The interviewer said construction costs rose by 18 percent [1.5][1.6].", C, "R"),  # speaker swap: Holm
    ("Holm said three large developers went bankrupt [1.6].", C, "R"),  # two
    ("Tom said he broke his wrist in 2011 [1.3][1.5].", D, "R"),  # speaker swap: Rios
    ("Rios said she played 14 more seasons after her injury [1.3][1.9].", D, "R"),  # another six years
    ("Rios said Lena Vogt reads the game worse than anyone [1.12].", D, "R"),  # better
    ("Jess and Tom interviewed Ana Rios, who played 14 seasons for Barcelona [1.2][1.3].", D, "R"),  # Valencia
]
