# Domain: recall of contaminated baby formula
S1 = " ".join([
    "Dairy firm Halden Nutrition has recalled four batches of its Little Sprout First Infant Milk after tests found traces of the bacterium Cronobacter sakazakii.",
    "The Food Standards Agency (FSA) issued a 'do not feed' alert on Friday, covering 800g tins with best-before dates between 14 March and 2 May 2026.",
    "The affected batch codes are LS2231, LS2232, LS2240 and LS2245, printed on the base of each tin.",
    "Halden said about 62,000 tins had been distributed to supermarkets and pharmacies across England, Wales and Northern Ireland.",
    "No products sold in Scotland or exported to Ireland are affected, the company said.",
    "The contamination was detected during routine sampling at the company's plant in Telford on 9 January.",
    "Halden's chief executive, Graham Whitlock, said the firm was 'deeply sorry' and that production at the plant had been suspended while an investigation takes place.",
    "The UK Health Security Agency (UKHSA) said it was investigating two cases of Cronobacter infection in infants, but had not yet established any link to the recalled formula.",
    "Both infants were treated in hospital and have since been discharged, the agency said.",
    "Cronobacter infections are rare but can cause sepsis or meningitis in babies under two months old, according to the NHS.",
    "Parents who have bought the affected tins are advised not to use them and to return them to the store for a full refund, even without a receipt.",
    "Dr Aisha Rahman, a consultant paediatrician at Leicester Royal Infirmary, said parents should not switch to homemade formula or cow's milk as an alternative.",
    "She added that parents who were worried should contact their GP or call NHS 111.",
    "Halden's shares fell 8.3% on Monday morning, wiping around £140m off its market value.",
    "The company had recalled a batch of follow-on milk in 2023 over a labelling error.",
])
PROBES = [
("Halden Nutrition has withdrawn four batches of Little Sprout First Infant Milk after Cronobacter sakazakii was detected [1.1].", S1, "S"),  # paraphrase
("Tests detected bacteria in some batches of a Halden infant formula, prompting a recall [1.1].", S1, "S"),  # generalised
("Little Sprout First Infant Milk is a Halden Nutrition product [1.1].", S1, "S"),  # 'its'
("Halden Nutrition has recalled five batches of Little Sprout First Infant Milk [1.1].", S1, "R"),  # four
("Tests found traces of salmonella in Little Sprout First Infant Milk [1.1].", S1, "R"),  # Cronobacter
("The FSA has warned that formula from the affected tins should not be fed to babies [1.2].", S1, "S"),  # do not feed alert
("The FSA alert covers 800g tins with best-before dates from 14 March to 2 May 2026 [1.2].", S1, "S"),  # matches
("The 'do not feed' alert was put out on a Friday by the Food Standards Agency [1.2].", S1, "S"),  # matches
("The recalled tins weigh 800g [1.2].", S1, "S"),  # matches
("The FSA issued its 'do not feed' alert on Monday [1.2].", S1, "R"),  # Friday
("The alert covers 400g tins of the formula [1.2].", S1, "R"),  # 800g
("The recall affects four batch codes: LS2231, LS2232, LS2240 and LS2245 [1.3].", S1, "S"),  # matches
("Parents can find the batch code on the bottom of each tin [1.3].", S1, "S"),  # base = bottom
("The batch codes are printed on the lid of each tin [1.3].", S1, "R"),  # base
("Roughly 62,000 tins went to shops and pharmacies in England, Wales and Northern Ireland, according to Halden [1.4].", S1, "S"),  # matches
("The recalled products were sold through supermarkets as well as pharmacies [1.4].", S1, "S"),  # matches
("About 26,000 tins had been distributed, Halden said [1.4].", S1, "R"),  # 62,000
("About 62,000 affected tins were sold across the whole of the UK [1.4, 1.5].", S1, "R"),  # not Scotland
("The company said products sold in Scotland are not affected [1.5].", S1, "S"),  # matches
("Formula exported to Ireland is not part of the recall, Halden said [1.5].", S1, "S"),  # matches
("Halden said products sold in Wales are not affected [1.5].", S1, "R"),  # Scotland, not Wales
("The contamination came to light through routine sampling at Halden's Telford plant on 9 January [1.6].", S1, "S"),  # matches
("The problem was found on 9 January during routine checks at a company plant [1.6].", S1, "S"),  # reworded
("The contamination was detected during a surprise FSA inspection at the Telford plant [1.6].", S1, "R"),  # routine sampling, not FSA inspection
("The contamination was detected at the company's plant in Shrewsbury [1.6].", S1, "R"),  # Telford
("The contamination was found on 9 February [1.6].", S1, "R"),  # 9 January
("The contamination was discovered after two infants fell ill [1.6, 1.8].", S1, "R"),  # routine sampling; no link established
("Graham Whitlock apologised, saying the company was 'deeply sorry' [1.7].", S1, "S"),  # matches
("Production at the Telford plant has been halted pending an investigation, Halden's chief executive said [1.6, 1.7].", S1, "S"),  # plant = Telford
("FSA chief executive Graham Whitlock said the firm was 'deeply sorry' [1.7].", S1, "R"),  # Halden's CEO
("Whitlock said production would continue at the plant during the investigation [1.7].", S1, "R"),  # suspended
("UKHSA is looking into two Cronobacter cases in babies but has not linked them to the recalled formula [1.8].", S1, "S"),  # matches
("UKHSA has linked two cases of Cronobacter infection in infants to the recalled formula [1.8].", S1, "R"),  # no link established
("UKHSA is investigating three cases of Cronobacter infection in infants [1.8].", S1, "R"),  # two
("UKHSA said both infants had drunk the recalled formula [1.8, 1.9].", S1, "R"),  # not stated
("Two babies with Cronobacter infections needed hospital treatment and have since gone home [1.8, 1.9].", S1, "S"),  # merged
("Both infants remain in hospital, the agency said [1.9].", S1, "R"),  # discharged
("Both infants were treated at Leicester Royal Infirmary [1.9, 1.12].", S1, "R"),  # hospital not named; Rahman's hospital
("According to the NHS, Cronobacter infections are uncommon but can lead to sepsis or meningitis in very young babies [1.10].", S1, "S"),  # generalised
("The NHS says Cronobacter can cause meningitis in babies younger than two months [1.10].", S1, "S"),  # subset
("Cronobacter infections are common in babies under two months old, according to the NHS [1.10].", S1, "R"),  # rare
("According to the NHS, Cronobacter infections will cause sepsis or meningitis in babies under two months old [1.10].", S1, "R"),  # can -> will
("Cronobacter can cause sepsis in babies under six months old, the NHS says [1.10].", S1, "R"),  # two months
("Customers can take affected tins back for a full refund without a receipt [1.11].", S1, "S"),  # matches
("Parents are advised not to use the recalled tins [1.11].", S1, "S"),  # matches
("Parents can get a refund only if they have a receipt [1.11].", S1, "R"),  # even without receipt
("Parents are advised to return the tins for a replacement product [1.11].", S1, "R"),  # full refund
("A Leicester paediatrician warned parents against replacing the formula with cow's milk or homemade alternatives [1.12].", S1, "S"),  # reworded
("A consultant at Leicester Royal Infirmary said homemade formula was not a suitable substitute [1.12].", S1, "S"),  # should not switch
("Dr Aisha Rahman, a consultant paediatrician, said parents could switch to cow's milk as a temporary alternative [1.12].", S1, "R"),  # negation lost
("Dr Aisha Rahman, a GP at Leicester Royal Infirmary, advised parents not to switch to homemade formula [1.12].", S1, "R"),  # consultant paediatrician
("Dr Aisha Rahman urged anxious parents to contact their GP or ring NHS 111 [1.12, 1.13].", S1, "S"),  # she = Rahman
("Graham Whitlock advised worried parents to contact their GP or call NHS 111 [1.13].", S1, "R"),  # it was Rahman
("Halden's share price dropped 8.3% on Monday morning, erasing about £140m of market value [1.14].", S1, "S"),  # matches
("Halden lost around £140m in market value as its shares slid [1.14].", S1, "S"),  # reworded
("Halden's shares fell 3.8% on Monday morning [1.14].", S1, "R"),  # 8.3%
("Halden's shares fell 8.3% on Friday [1.14].", S1, "R"),  # Monday
("The share fall wiped around £140m off the value of Halden's Telford plant [1.14].", S1, "R"),  # market value of company
("This is not Halden's first recall: it withdrew a batch of follow-on milk in 2023 because of a labelling error [1.15].", S1, "S"),  # matches
("Halden recalled a batch of infant milk in 2023 over bacterial contamination [1.15].", S1, "R"),  # labelling error
("Halden recalled a batch of follow-on milk in 2022 [1.15].", S1, "R"),  # 2023
("Halden said all 62,000 affected tins had already been returned to stores [1.4, 1.11].", S1, "R"),  # not stated
("Whitlock said production at the plant was paused while the problem is investigated [1.7].", S1, "S"),  # suspended
("Halden's earlier recall involved a follow-on milk and a labelling error [1.15].", S1, "S"),  # reworded
]
