F1A = "A fire broke out at a chemical plant operated by Tarvos Chemicals in the port city of Kessel on Monday night. Firefighters brought the blaze under control after about six hours. Two workers were taken to hospital with burns, city officials said. Residents within two kilometres of the plant were told to keep their windows closed."
F1B = "The fire at the Tarvos plant started in a storage warehouse shortly after 10 p.m., according to the Kessel fire brigade. More than 90 firefighters were deployed. Air quality tests carried out on Tuesday morning showed no dangerous levels of toxic gases. The advice to keep windows closed was lifted at noon on Tuesday."
F1C = "Tarvos Chemicals said on Tuesday that both injured workers were in stable condition. The company said it had suspended production at the site and was cooperating with investigators. The cause of the fire has not yet been determined."
T2A = "Negotiators from the European Union and Mercosur reached a provisional trade agreement in Brasilia on Friday after more than 20 years of talks. The deal would remove tariffs on about 90 percent of goods traded between the two blocs. It must still be approved by the European Parliament and by national parliaments in South America."
T2B = "French farmers' unions condemned the agreement on Friday, saying it would expose them to cheap beef imports. France's agriculture minister said Paris would not support the deal in its current form. Protests are planned outside the European Parliament in Strasbourg next week."
T2C = "Brazil's president called the agreement \"a historic day for our region\" and said it would create thousands of jobs. Brazil is the largest economy in Mercosur, which also includes Argentina, Uruguay and Paraguay."
L3A = "Lumen Retail's chief executive, Paul Sanders, resigned on Thursday after six years in the role, the company said. Finance chief Erica Wong will serve as interim chief executive while the board searches for a permanent replacement. Sanders will stay on as an adviser until the end of March."
L3B = "Sanders' departure follows a 40 percent fall in Lumen's share price this year and two profit warnings. Investors had been pressing for a change of leadership since the spring. Lumen shares rose 5 percent after the announcement."

F = [F1A, F1B, F1C]
T = [T2A, T2B, T2C]
L = [L3A, L3B]

PROBES = [
    ("A fire broke out at a Tarvos Chemicals plant in Kessel on Monday night, starting in a storage warehouse shortly after 10 p.m. [1.1][2.1]", F, "S"),
    ("More than 90 firefighters were deployed and brought the blaze under control after about six hours [1.2][2.2].", F, "S"),
    ("Two workers were taken to hospital with burns, and Tarvos said both were in stable condition [1.3][3.1].", F, "S"),
    ("Residents within two kilometres were told to keep their windows closed, advice that was lifted at noon on Tuesday [1.4][2.4].", F, "S"),
    ("Air quality tests on Tuesday morning found no dangerous levels of toxic gases [2.3].", F, "S"),
    ("Tarvos said it had halted production at the site and was cooperating with investigators, and the cause of the fire has not been determined [3.2][3.3].", F, "S"),
    ("The Kessel fire brigade said the fire started in a storage warehouse [2.1].", F, "S"),
    ("The fire started in a storage warehouse and was under control after about six hours [2.1][1.2].", F, "S"),
    ("The EU and Mercosur reached a provisional trade deal on Friday after more than two decades of talks [1.1].", T, "S"),
    ("The deal would eliminate tariffs on about 90 percent of goods traded between the blocs, but still needs approval from the European Parliament and South American national parliaments [1.2][1.3].", T, "S"),
    ("French farmers' unions condemned the deal, saying it would expose them to cheap beef imports [2.1].", T, "S"),
    ("France's agriculture minister said Paris would not back the deal in its current form [2.2].", T, "S"),
    ("Brazil's president hailed the agreement as \"a historic day for our region\" [3.1].", T, "S"),
    ("Brazil's president, whose country is Mercosur's largest economy, said the agreement would create thousands of jobs [3.1][3.2].", T, "S"),
    ("Protests are planned outside the European Parliament in Strasbourg next week [2.3].", T, "S"),
    ("The trade deal, reached in Brasilia, has been condemned by French farmers' unions [1.1][2.1].", T, "S"),
    ("Lumen Retail chief executive Paul Sanders resigned on Thursday after six years, the company said [1.1].", L, "S"),
    ("Finance chief Erica Wong will be interim chief executive while the board looks for a permanent successor [1.2].", L, "S"),
    ("Sanders' resignation followed a 40 percent drop in Lumen's share price this year and two profit warnings [1.1][2.1].", L, "S"),
    ("Sanders, who resigned after six years as chief executive, will remain as an adviser until the end of March [1.1][1.3].", L, "S"),
    ("Lumen shares rose 5 percent after the announcement of Sanders' resignation [1.1][2.3].", L, "S"),
    ("Investors had pushed for a leadership change since the spring [2.2].", L, "S"),
    ("A fire broke out at a Tarvos Chemicals plant in Kessel on Tuesday night [1.1][2.1].", F, "R"),  # Monday
    ("More than 90 firefighters brought the blaze under control after about two hours [1.2][2.2].", F, "R"),  # six hours
    ("City officials said both injured workers were in stable condition [1.3][3.1].", F, "R"),  # speaker swap: Tarvos said it
    ("Air quality tests showed dangerous levels of toxic gases, and residents were told to keep their windows closed [2.3][1.4].", F, "R"),  # 'no dangerous levels' negation dropped
    ("The fire was caused by an explosion in a storage warehouse [2.1][3.3].", F, "R"),  # invented cause; cause undetermined
    ("Tarvos said it had resumed production at the site [3.2].", F, "R"),  # suspended
    ("The Kessel fire brigade said two workers were taken to hospital with burns [1.3][2.1].", F, "R"),  # speaker swap: city officials
    ("Residents within two kilometres of the plant were evacuated [1.4].", F, "R"),  # told to keep windows closed
    ("The deal would remove tariffs on all goods traded between the two blocs [1.2].", T, "R"),  # about 90 percent
    ("The deal has been approved by the European Parliament [1.3].", T, "R"),  # must still be approved
    ("Brazil's president said the deal would expose farmers to cheap beef imports [2.1][3.1].", T, "R"),  # speaker swap: French unions
    ("France's agriculture minister said Paris would support the deal [2.2].", T, "R"),  # would not; restriction dropped
    ("French farmers' unions said the deal would create thousands of jobs [2.1][3.1].", T, "R"),  # speaker swap: Brazil's president
    ("Brazil is the largest economy in Mercosur, which also includes Argentina, Chile and Paraguay [3.2].", T, "R"),  # Uruguay -> Chile
    ("Protests are planned outside the French parliament in Paris next week [2.3].", T, "R"),  # European Parliament in Strasbourg
    ("Negotiators reached a final trade agreement after more than 20 years of talks [1.1].", T, "R"),  # provisional -> final
    ("Lumen's finance chief Erica Wong was named permanent chief executive [1.2].", L, "R"),  # interim
    ("Paul Sanders resigned after ten years in the role [1.1].", L, "R"),  # six
    ("Sanders resigned because of a 40 percent fall in Lumen's share price [1.1][2.1].", L, "R"),  # invented cause ('follows' is temporal)
    ("Lumen shares fell 5 percent after the announcement [2.3].", L, "R"),  # rose
    ("Sanders will stay on as chairman until the end of March [1.3].", L, "R"),  # adviser
    ("Investors had been pressing for a change of leadership since the autumn [2.2].", L, "R"),  # spring
]
