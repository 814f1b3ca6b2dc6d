# courts and police
C1 = ("A jury in Leeds on Friday found former bank manager Colin Asher guilty of stealing £1.3 million from elderly customers. "
      "Asher, 54, was cleared of a separate charge of money laundering. "
      "Judge Rebecca Stone said she would sentence him on June 14 and warned that a prison term was inevitable. "
      "Prosecutors said Asher had targeted at least 23 customers over six years. "
      "His lawyer, Mark Feld, said his client intended to appeal the verdict.")
C2 = ("Police arrested two teenagers on Sunday after a fire destroyed a disused warehouse in Kenton. "
      "No one was injured in the blaze, which started shortly after 10 p.m. "
      "A 16-year-old boy was later released without charge, while a 17-year-old remains in custody. "
      "Detective Inspector Sara Mills said officers were still trying to establish whether the fire had been started deliberately. "
      "Residents said the building had been a magnet for antisocial behaviour for years.")
C3 = ("The Supreme Court on Monday declined to hear an appeal from the state of Ohio over its congressional map. "
      "The decision leaves in place a lower court ruling that the map was drawn to favour one party. "
      "The state had argued that the lower court had overstepped its authority. "
      "Justice Alito, joined by Justice Thomas, said he would have taken up the case. "
      "Ohio must now submit a new map by September 1.")
PROBES = [
    ("A Leeds jury found former bank manager Colin Asher guilty on Friday of stealing £1.3 million from elderly customers [1.1].", C1, "S"),
    ("Asher, 54, was acquitted of a separate money-laundering charge [1.2].", C1, "S"),
    ("Judge Rebecca Stone said she would sentence Asher on June 14 [1.3].", C1, "S"),
    ("The judge warned that a prison term was inevitable [1.3].", C1, "S"),
    ("According to prosecutors, Asher targeted at least 23 customers over six years [1.4].", C1, "S"),
    ("Asher's lawyer, Mark Feld, said his client intended to appeal [1.5].", C1, "S"),
    ("Colin Asher, who was convicted of stealing £1.3 million, was cleared of money laundering [1.1][1.2].", C1, "S"),
    ("Police arrested two teenagers on Sunday after a fire destroyed a disused warehouse in Kenton [1.1].", C2, "S"),
    ("Nobody was hurt in the fire, which broke out shortly after 10 p.m. [1.2]", C2, "S"),
    ("A 16-year-old boy was released without charge, while a 17-year-old remains in custody [1.3].", C2, "S"),
    ("Detective Inspector Sara Mills said officers were still trying to establish whether the fire was deliberate [1.4].", C2, "S"),
    ("Residents said the building had attracted antisocial behaviour for years [1.5].", C2, "S"),
    ("The Supreme Court declined on Monday to hear Ohio's appeal over its congressional map [1.1].", C3, "S"),
    ("The decision leaves in place a lower court ruling that the map was drawn to favour one party [1.2].", C3, "S"),
    ("Ohio had argued that the lower court overstepped its authority [1.3].", C3, "S"),
    ("Justice Alito, joined by Justice Thomas, said he would have heard the case [1.4].", C3, "S"),
    ("Ohio must submit a new map by September 1 [1.5].", C3, "S"),
    ("The state must now submit a new congressional map by September 1 [1.1][1.5].", C3, "S"),
    ("Asher was found guilty of stealing £1.3 million and will be sentenced on June 14 [1.1][1.3].", C1, "S"),
    ("The 17-year-old remains in custody [1.3].", C2, "S"),
    # unsupported
    # cleared vs convicted of laundering
    ("Asher was also convicted of money laundering [1.2].", C1, "R"),
    # amount
    ("Asher was found guilty of stealing £1.5 million from elderly customers [1.1].", C1, "R"),
    # at least dropped
    ("Prosecutors said Asher targeted 23 customers over six years [1.4].", C1, "R"),
    # prosecutors' claim stated as fact
    ("Asher targeted at least 23 customers over six years [1.4].", C1, "R"),
    # intended to appeal -> has appealed
    ("Asher has appealed the verdict, his lawyer said [1.5].", C1, "R"),
    # speaker swap: judge vs lawyer
    ("Mark Feld said a prison term was inevitable [1.3][1.5].", C1, "R"),
    # would sentence -> sentenced
    ("Judge Rebecca Stone sentenced Asher to prison on June 14 [1.3].", C1, "R"),
    # elderly dropped? widening "customers" is fine... use "young customers"
    ("Asher stole £1.3 million from young customers [1.1].", C1, "R"),
    # no one injured -> two injured
    ("Two people were injured in the blaze [1.2].", C2, "R"),
    # both teenagers remain in custody
    ("Both teenagers remain in custody [1.3].", C2, "R"),
    # still trying to establish -> confirmed deliberate
    ("Detective Inspector Sara Mills said the fire had been started deliberately [1.4].", C2, "R"),
    # 16 vs 17 swap
    ("A 17-year-old boy was released without charge, while a 16-year-old remains in custody [1.3].", C2, "R"),
    # time: after 10 p.m. -> after 11 p.m.
    ("The fire started shortly after 11 p.m. [1.2]", C2, "R"),
    # arrested Saturday
    ("Police arrested two teenagers on Saturday after the fire [1.1].", C2, "R"),
    # residents' claim attributed to police
    ("Police said the building had been a magnet for antisocial behaviour for years [1.5].", C2, "R"),
    # agreed to hear vs declined
    ("The Supreme Court agreed on Monday to hear Ohio's appeal over its congressional map [1.1].", C3, "R"),
    # Thomas said he would... roles
    ("Justice Thomas, joined by Justice Alito, said he would have taken up the case [1.4].", C3, "R"),
    # counterfactual stated as fact
    ("Justice Alito took up the case [1.4].", C3, "R"),
    # lower court vs supreme court ruled map favoured
    ("The Supreme Court ruled that the map was drawn to favour one party [1.2].", C3, "R"),
    # date
    ("Ohio must submit a new map by October 1 [1.5].", C3, "R"),
    # state argued -> court found
    ("The Supreme Court found that the lower court had overstepped its authority [1.3].", C3, "R"),
]
