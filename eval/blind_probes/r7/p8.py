# Product recalls / press releases: appliance recall (A) and a company press release (B)
A = ("Brightline Appliances is recalling about 260,000 electric kettles sold in the United States and Canada because the handle can detach, posing a burn hazard. "
     "The recall covers models BK-200 and BK-210 sold between June 2023 and August 2024. "
     "The company has received 48 reports of handles detaching, including nine reports of minor burns. "
     "No serious injuries have been reported. "
     "The kettles were sold at major retailers and online for between $30 and $45. "
     "Consumers should stop using the kettles immediately and contact Brightline for a free replacement. "
     "The recall was announced jointly with the U.S. Consumer Product Safety Commission and Health Canada. "
     "Kettles sold in Mexico are not affected.")
B = ("Solenne Foods today announced that it will phase out artificial dyes from all of its children's cereals by the end of 2026. "
     "The change will affect 14 products, including its best-selling Rainbow Loops. "
     "The company said it would replace the dyes with colours derived from fruit and vegetables, such as beetroot and turmeric. "
     "\"Parents have told us clearly what they want,\" said chief executive Marco Bellini. "
     "Solenne said the reformulation would cost about $20 million but would not raise prices. "
     "The announcement follows a similar pledge by rival Kestrel Mills in March. "
     "Solenne, based in Minneapolis, employs about 4,000 people and sells its products in 30 countries. "
     "The company will hold a conference call for investors on Thursday.")
X = [A, B]
PROBES = [
    ("Brightline Appliances is recalling roughly 260,000 electric kettles sold in the U.S. and Canada because the handle can come off, creating a burn hazard [1.1].", X, "S"),
    ("The recall applies to BK-200 and BK-210 models sold from June 2023 to August 2024 [1.2].", X, "S"),
    ("Brightline has received 48 reports of detaching handles, nine of them involving minor burns [1.3].", X, "S"),
    ("There have been no reports of serious injuries [1.4].", X, "S"),
    ("The kettles sold for $30 to $45 at major retailers and online [1.5].", X, "S"),
    ("Consumers should immediately stop using the kettles and contact Brightline for a free replacement [1.6].", X, "S"),
    ("The recall was announced together with the U.S. Consumer Product Safety Commission and Health Canada [1.7].", X, "S"),
    ("The recall does not affect kettles sold in Mexico [1.8].", X, "S"),
    ("About 260,000 Brightline kettles are being recalled after 48 reports of handles detaching, including nine minor burns [1.1][1.3].", X, "S"),
    ("Owners of the recalled BK-200 and BK-210 kettles can get a free replacement from Brightline [1.2][1.6].", X, "S"),
    ("Nine people reported minor burns, but no serious injuries have been reported [1.3][1.4].", X, "R"),  # LABEL CORRECTED S->R: nine reports, not nine people
    # unsupported
    ("Brightline Appliances is recalling about 260,000 electric kettles because the lid can detach [1.1].", X, "R"),  # handle -> lid
    ("Brightline Appliances is recalling about 260,000 electric kettles because they pose a fire hazard [1.1].", X, "R"),  # burn -> fire hazard
    ("Brightline Appliances is recalling about 260,000 electric kettles sold in the United States [1.1].", X, "R"),  # dropped Canada: all 260k in US
    ("The recall covers models BK-200 and BK-210 sold between June 2023 and August 2025 [1.2].", X, "R"),  # year
    ("The company has received 48 reports of minor burns [1.3].", X, "R"),  # 48 reports of handles -> of burns
    ("Nine people suffered serious burns [1.3][1.4].", X, "R"),  # minor -> serious
    ("The kettles were sold only online for between $30 and $45 [1.5].", X, "R"),  # only online
    ("Consumers should return the kettles to the store for a refund [1.6].", X, "R"),  # contact Brightline for replacement -> store refund
    ("The recall was announced by Health Canada alone [1.7].", X, "R"),  # jointly -> alone
    ("Kettles sold in Mexico are also affected [1.8].", X, "R"),  # negation
    ("Health Canada said it had received 48 reports of handles detaching [1.3][1.7].", X, "R"),  # company's reports given to regulator
    ("The handle detaches because of a manufacturing defect [1.1].", X, "R"),  # invented cause
    # B supported
    ("Solenne Foods said it will phase out artificial dyes from all its children's cereals by the end of 2026 [2.1].", X, "S"),
    ("The change affects 14 products, among them its best-selling Rainbow Loops [2.2].", X, "S"),
    ("Solenne said it would replace the dyes with colours made from fruit and vegetables such as beetroot and turmeric [2.3].", X, "S"),
    ("Chief executive Marco Bellini said: \"Parents have told us clearly what they want\" [2.4].", X, "S"),
    ("The company said the reformulation would cost about $20 million but would not lead to higher prices [2.5].", X, "S"),
    ("The move follows a similar pledge by rival Kestrel Mills in March [2.6].", X, "S"),
    ("Minneapolis-based Solenne employs around 4,000 people and sells its products in 30 countries [2.7].", X, "S"),
    ("Solenne will hold an investor conference call on Thursday [2.8].", X, "S"),
    ("Solenne will remove artificial dyes from 14 children's cereals, including Rainbow Loops, by the end of 2026 [2.1][2.2].", X, "S"),
    ("Solenne expects the switch to colours from fruit and vegetables to cost about $20 million, with no price increase [2.3][2.5].", X, "S"),
    ("Bellini said parents had told the company clearly what they want [2.4].", X, "S"),
    # B unsupported
    ("Solenne Foods has phased out artificial dyes from all of its children's cereals [2.1].", X, "R"),  # will -> has
    ("Solenne Foods will phase out artificial dyes from all of its cereals by the end of 2026 [2.1].", X, "R"),  # children's dropped widens
    ("Solenne Foods will phase out artificial dyes from all of its children's cereals by the end of 2027 [2.1].", X, "R"),  # year
    ("The change will affect 41 products [2.2].", X, "R"),  # number
    ("The company said it would replace the dyes with synthetic colours such as beetroot and turmeric [2.3].", X, "R"),  # derived from fruit -> synthetic
    ("\"Parents have told us what they want,\" said Kestrel Mills [2.4][2.6].", X, "R"),  # quote to rival, quote altered
    ("\"Parents have told us plainly what they want,\" said chief executive Marco Bellini [2.4].", X, "R"),  # quote altered
    ("Solenne said the reformulation would cost about $20 million and would raise prices [2.5].", X, "R"),  # negation
    ("The announcement follows a similar pledge by rival Kestrel Mills in May [2.6].", X, "R"),  # month
    ("Kestrel Mills followed Solenne's pledge in March [2.6].", X, "R"),  # order reversed
    ("Solenne, based in Minneapolis, employs about 4,000 people in 30 countries [2.7].", X, "R"),  # sells in -> employs in
    ("The company held a conference call for investors on Thursday [2.8].", X, "R"),  # future -> past
    ("Solenne is phasing out artificial dyes because of pressure from regulators [2.1][2.4].", X, "R"),  # invented cause (parents, not regulators)
]
