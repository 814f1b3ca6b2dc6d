# Product recalls and press releases
R1 = ("Brightline Appliances is recalling about 240,000 electric kettles sold in the United States and Canada because the handle can detach and cause burns. "
      "The recall covers models KT-200 and KT-250, sold at major retailers from March 2023 through June 2025 for between $30 and $45. "
      "The company has received 61 reports of handles detaching, including 9 reports of minor burns. "
      "No serious injuries have been reported. "
      "Consumers should stop using the kettles immediately and contact Brightline for a free replacement. "
      "The kettles were made in China.")
R2 = ("Greenfield Dairy Co. announced on Friday a voluntary recall of 12,000 cases of its organic whole milk after routine testing found that some containers may not have been properly pasteurised. "
      "The affected half-gallon cartons have best-by dates of November 18 through November 22 and were distributed to stores in Ohio, Indiana and Michigan. "
      "No illnesses have been reported to date. "
      "The recall was initiated in cooperation with the Food and Drug Administration. "
      "Customers may return the product to the place of purchase for a full refund.")
R3 = ("Norva Health today announced the launch of CareLink, a remote monitoring platform that lets cardiologists track patients' heart rhythms from home. "
      "The platform, which received clearance from regulators in September, will be available to hospitals in Germany and France starting in January. "
      "'CareLink gives doctors the information they need before a problem becomes an emergency,' said chief medical officer Dr Ines Haller. "
      "In a pilot study at two hospitals, the platform reduced emergency readmissions by 18 percent over six months. "
      "Norva plans to expand CareLink to the United Kingdom later in 2027, pending approval.")
R4 = ("Velta Motors is recalling 58,300 sport utility vehicles from model years 2022 to 2024 because a software fault can cause the rear-view camera image to freeze. "
      "A frozen image could reduce the driver's rear visibility, increasing the risk of a crash. "
      "Dealers will update the software free of charge, and owner notification letters are expected to be mailed on January 9. "
      "Velta said it was not aware of any crashes or injuries related to the issue. "
      "The recall affects the Velta Arca and Velta Terra models.")
PROBES = [
    # --- supported
    ("Brightline Appliances is recalling around 240,000 electric kettles sold in the US and Canada because the handle can come off and cause burns [1.1].", R1, "S"),
    ("The recall covers the KT-200 and KT-250 models, sold from March 2023 through June 2025 for $30 to $45 [1.2].", R1, "S"),
    ("Brightline has received 61 reports of detaching handles, 9 of them involving minor burns [1.3].", R1, "S"),
    ("No serious injuries have been reported [1.4].", R1, "S"),
    ("Consumers should stop using the kettles at once and contact Brightline for a free replacement [1.5].", R1, "S"),
    ("The kettles were manufactured in China [1.6].", R1, "S"),
    ("Greenfield Dairy announced a voluntary recall of 12,000 cases of organic whole milk on Friday [1.1].", R2, "S"),
    ("Routine testing found that some containers may not have been properly pasteurised [1.1].", R2, "S"),
    ("The recalled half-gallon cartons, with best-by dates of November 18 through November 22, went to stores in Ohio, Indiana and Michigan [1.2].", R2, "S"),
    ("No illnesses have been reported so far [1.3].", R2, "S"),
    ("The recall was started in cooperation with the Food and Drug Administration [1.4].", R2, "S"),
    ("Customers can return the milk to the place of purchase for a full refund [1.5].", R2, "S"),
    ("Norva Health announced the launch of CareLink, a remote monitoring platform that lets cardiologists track patients' heart rhythms from home [1.1].", R3, "S"),
    ("CareLink will be available to hospitals in Germany and France from January [1.2].", R3, "S"),
    ("The platform received regulatory clearance in September [1.2].", R3, "S"),
    ("Chief medical officer Ines Haller said CareLink 'gives doctors the information they need before a problem becomes an emergency' [1.3].", R3, "S"),
    ("In a pilot study at two hospitals, CareLink cut emergency readmissions by 18 percent over six months [1.4].", R3, "S"),
    ("Norva plans to expand CareLink to the United Kingdom later in 2027, pending approval [1.5].", R3, "S"),
    ("Velta Motors is recalling 58,300 SUVs from the 2022 to 2024 model years over a software fault that can freeze the rear-view camera image [1.1].", R4, "S"),
    ("Dealers will update the software for free [1.3].", R4, "S"),
    ("Owner notification letters are expected to be mailed on January 9 [1.3].", R4, "S"),
    ("Velta said it was not aware of any crashes or injuries linked to the issue [1.4].", R4, "S"),
    ("The recall affects the Velta Arca and Velta Terra [1.5].", R4, "S"),
    # --- unsupported
    # US and Canada -> US only? "sold only in the United States"
    ("Brightline is recalling about 240,000 kettles sold only in the United States [1.1].", R1, "R"),
    # handle detach -> lid detach
    ("The kettles are being recalled because the lid can detach and cause burns [1.1].", R1, "R"),
    # 9 minor burns -> 9 serious burns
    ("The company has received 9 reports of serious burns [1.3].", R1, "R"),
    # 61 reports -> 61 injuries
    ("Brightline has received reports of 61 injuries [1.3].", R1, "R"),
    # free replacement -> full refund (pooled from other release? within-doc not; invented)
    ("Consumers should contact Brightline for a full refund [1.5].", R1, "R"),
    # made in China -> sold in China
    ("The kettles were sold in China [1.6].", R1, "R"),
    # sold through June 2025 -> through June 2024
    ("The kettles were sold from March 2023 through June 2024 [1.2].", R1, "R"),
    # may not have been properly pasteurised -> were not pasteurised
    ("Routine testing found that some containers had not been properly pasteurised [1.1].", R2, "R"),
    # voluntary -> ordered by FDA
    ("The Food and Drug Administration ordered Greenfield Dairy to recall 12,000 cases of milk [1.1][1.4].", R2, "R"),
    # organic whole milk -> skim milk
    ("Greenfield Dairy recalled 12,000 cases of organic skim milk [1.1].", R2, "R"),
    # Ohio, Indiana, Michigan -> adds Illinois
    ("The cartons were distributed to stores in Ohio, Indiana, Michigan and Illinois [1.2].", R2, "R"),
    # no illnesses -> several illnesses
    ("Several illnesses have been reported [1.3].", R2, "R"),
    # 12,000 cases -> 12,000 cartons
    ("Greenfield Dairy recalled 12,000 cartons of milk [1.1].", R2, "R"),
    # best-by Nov 18-22 -> sold Nov 18-22
    ("The milk was sold between November 18 and November 22 [1.2].", R2, "R"),
    # clearance in September: Germany, France available January -> available now
    ("CareLink is now available to hospitals in Germany and France [1.2].", R3, "R"),
    # plans to expand pending approval -> will expand (hedge dropped)
    ("Norva will expand CareLink to the United Kingdom later in 2027 [1.5].", R3, "R"),
    # pilot at two hospitals -> all readmissions across Germany
    ("CareLink reduced emergency readmissions by 18 percent across German hospitals [1.4].", R3, "R"),
    # quote by chief medical officer -> chief executive
    ("Chief executive Ines Haller said CareLink gives doctors the information they need [1.3].", R3, "R"),
    # 18 percent over six months -> over 18 months
    ("The platform reduced emergency readmissions by 18 percent over 18 months [1.4].", R3, "R"),
    # cardiologists track -> patients track their own
    ("CareLink lets patients track their own heart rhythms from home [1.1].", R3, "R"),
    # could reduce rear visibility -> has caused crashes
    ("The frozen camera image has caused crashes [1.2].", R4, "R"),
    # expected to be mailed Jan 9 -> were mailed
    ("Owner notification letters were mailed on January 9 [1.3].", R4, "R"),
    # free of charge -> owners will pay
    ("Dealers will update the software for a fee [1.3].", R4, "R"),
    # rear-view camera -> front camera
    ("A software fault can cause the front camera image to freeze [1.1].", R4, "R"),
    # 2022 to 2024 -> 2020 to 2024
    ("Velta is recalling 58,300 SUVs from model years 2020 to 2024 [1.1].", R4, "R"),
    # not aware of crashes -> aware of two crashes
    ("Velta said it was aware of two crashes related to the issue [1.4].", R4, "R"),
]
