# product recalls and press releases
R1 = ("Brightline Appliances is recalling about 62,000 electric kettles sold in the US and Canada because the base can overheat. "
      "The recall covers model BK-200 kettles sold between January 2024 and August 2025 at Walmart, Target and online. "
      "The company has received 37 reports of kettles overheating, including four reports of minor burns. "
      "No fires have been reported. "
      "Consumers should stop using the kettles immediately and contact Brightline for a full refund.")
R2 = ("FOR IMMEDIATE RELEASE: Solvane Energy today announced that it has completed construction of its 150-megawatt solar farm near Tucson, Arizona. "
      "The project, which cost $210 million, will supply enough electricity for roughly 40,000 homes. "
      "Solvane plans to add a battery storage system at the site by late 2027. "
      "\"This is the largest project in our history,\" said chief executive Marcus Webb. "
      "The farm will sell its output to Tucson Electric Power under a 20-year agreement.")
R3 = ("The Food Standards Agency has asked Greenfield Dairy to withdraw two batches of its organic yoghurt after traces of undeclared peanut were found. "
      "The affected 500g pots carry best-before dates of 14 and 15 November. "
      "People with a peanut allergy are advised not to eat the product. "
      "Greenfield said the problem was limited to a single production line and that no other products were affected.")
PROBES = [
    ("Brightline Appliances is recalling about 62,000 electric kettles sold in the US and Canada because their bases can overheat [1.1].", R1, "S"),
    ("The recall covers model BK-200 kettles sold from January 2024 to August 2025 at Walmart, Target and online [1.2].", R1, "S"),
    ("Brightline has received 37 reports of overheating, including four of minor burns [1.3].", R1, "S"),
    ("No fires have been reported [1.4].", R1, "S"),
    ("Consumers should stop using the kettles immediately and contact Brightline for a full refund [1.5].", R1, "S"),
    ("About 62,000 BK-200 kettles are being recalled [1.1][1.2].", R1, "S"),
    ("Solvane Energy announced that it has finished building its 150-megawatt solar farm near Tucson, Arizona [1.1].", R2, "S"),
    ("The $210 million project will supply enough electricity for roughly 40,000 homes [1.2].", R2, "S"),
    ("Solvane plans to add battery storage at the site by late 2027 [1.3].", R2, "S"),
    ("Chief executive Marcus Webb called it \"the largest project in our history\" [1.4].", R2, "S"),
    ("The farm will sell its output to Tucson Electric Power under a 20-year agreement [1.5].", R2, "S"),
    ("The 150-megawatt farm, which cost $210 million, will power roughly 40,000 homes [1.1][1.2].", R2, "S"),
    ("The Food Standards Agency has asked Greenfield Dairy to withdraw two batches of organic yoghurt after traces of undeclared peanut were found [1.1].", R3, "S"),
    ("The affected 500g pots have best-before dates of 14 and 15 November [1.2].", R3, "S"),
    ("People with a peanut allergy are advised not to eat the yoghurt [1.3].", R3, "S"),
    ("Greenfield said the problem was limited to a single production line [1.4].", R3, "S"),
    ("Greenfield said no other products were affected [1.4].", R3, "S"),
    ("Two batches of Greenfield's organic yoghurt are being withdrawn over undeclared peanut [1.1].", R3, "R"),  # LABEL CORRECTED S->R: source reports only that the FSA asked for a withdrawal (request dropped)
    ("The kettles were sold at Walmart, Target and online [1.2].", R1, "S"),
    ("Marcus Webb is Solvane's chief executive [1.4].", R2, "S"),
    # unsupported
    # 62,000 -> 26,000
    ("Brightline is recalling about 26,000 electric kettles [1.1].", R1, "R"),
    # restriction dropped: US and Canada -> worldwide
    ("Brightline is recalling kettles sold worldwide because the base can overheat [1.1].", R1, "R"),
    # handle vs base
    ("Brightline is recalling kettles because the handle can overheat [1.1].", R1, "R"),
    # 37 reports of burns
    ("The company has received 37 reports of burns [1.3].", R1, "R"),
    # minor burns -> serious burns
    ("Four people suffered serious burns [1.3].", R1, "R"),
    # fires reported
    ("Several fires have been reported [1.4].", R1, "R"),
    # refund -> replacement
    ("Consumers should contact Brightline for a free replacement kettle [1.5].", R1, "R"),
    # sale dates
    ("The recall covers kettles sold between January 2023 and August 2025 [1.2].", R1, "R"),
    # completed -> began construction
    ("Solvane Energy has begun construction of a 150-megawatt solar farm near Tucson [1.1].", R2, "R"),
    # 150 -> 250 megawatts
    ("Solvane completed a 250-megawatt solar farm near Tucson [1.1].", R2, "R"),
    # plans -> has added
    ("Solvane has added a battery storage system at the site [1.3].", R2, "R"),
    # quote altered
    ("Webb said: \"This is the largest solar project in Arizona's history\" [1.4].", R2, "R"),
    # roughly dropped + exact
    ("The farm supplies electricity to exactly 40,000 homes [1.2].", R2, "R"),
    # 20-year -> 25-year
    ("The farm will sell its output to Tucson Electric Power under a 25-year deal [1.5].", R2, "R"),
    # buyer swap: Solvane buys from TEP
    ("Solvane will buy electricity from Tucson Electric Power under a 20-year agreement [1.5].", R2, "R"),
    # FSA asked -> Greenfield volunteered; claim says FSA ordered recall of all yoghurt
    ("The Food Standards Agency has ordered Greenfield Dairy to withdraw all its organic yoghurt [1.1].", R3, "R"),
    # peanut -> almond
    ("Traces of undeclared almond were found in Greenfield's yoghurt [1.1].", R3, "R"),
    # 500g -> 250g
    ("The affected pots are 250g [1.2].", R3, "R"),
    # advice widened
    ("Consumers are advised not to eat the product [1.3].", R3, "R"),
    # Greenfield's claim stated as FSA finding
    ("The Food Standards Agency said the problem was limited to a single production line [1.1][1.4].", R3, "R"),
    # single line -> two lines
    ("Greenfield said the problem affected two production lines [1.4].", R3, "R"),
]
