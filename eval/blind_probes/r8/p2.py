# Courts / crime
C1 = ("A federal jury in Harlow on Friday convicted former bank manager Peter Lindqvist of embezzling $3.2 million from elderly customers over six years. "
      "Prosecutors said Lindqvist, 52, moved money from 19 accounts into shell companies he controlled in Cyprus. "
      "His lawyer, Ingrid Sall, said her client would appeal the verdict. "
      "Lindqvist faces up to 20 years in prison when he is sentenced on June 14. "
      "The jury deliberated for about nine hours before reaching its verdict. "
      "Judge Amara Okoye denied a defence request to allow Lindqvist to remain free on bail until sentencing. "
      "Several victims, some of them in wheelchairs, attended every day of the three-week trial.")
C2 = ("Police in Bramford arrested two teenagers on Monday in connection with a series of arson attacks on parked cars. "
      "The suspects, aged 16 and 17, were charged with criminal damage and released on bail. "
      "Detective Inspector Sarah Quinn said officers were still searching for a third person seen on security camera footage. "
      "Eleven vehicles have been set alight since the beginning of October, according to police. "
      "No one has been injured in the fires. "
      "Residents of the Elm Park estate, where most of the attacks took place, have formed a night patrol.")
C3 = ("The Supreme Court ruled 5-4 on Thursday that the state's ban on ride-hailing at airports violated federal competition law. "
      "Writing for the majority, Justice Elena Park said the ban 'protects incumbents rather than passengers'. "
      "Justice Robert Hale, in a dissent joined by three colleagues, argued that states have broad authority to regulate airport traffic. "
      "The case was brought by a group of drivers and the ride-hailing company Zoomly. "
      "The ruling does not affect a separate ban on ride-hailing at train stations, which is being challenged in a lower court.")
C4 = ("Prosecutors dropped all charges against activist Leon Marsh on Tuesday, two days before his trial was due to begin. "
      "Marsh had been accused of obstructing police during a protest outside the Energy Ministry in March. "
      "A spokesman for the prosecution service said there was insufficient evidence to secure a conviction. "
      "Marsh's lawyer said the case should never have been brought and that her client was considering suing the police for wrongful arrest. "
      "The police force declined to comment.")
C5 = ("A man suspected of stabbing a shopkeeper in Dunmore was arrested on Saturday after a four-day manhunt, police said. "
      "The 34-year-old, who has not been named, was found hiding in a barn near the village of Ashby. "
      "The shopkeeper, a 58-year-old father of three, remains in hospital in a serious but stable condition. "
      "Officers said the suspect is likely to appear in court on Monday.")
PROBES = [
    # --- supported
    ("A federal jury in Harlow convicted former bank manager Peter Lindqvist on Friday of embezzling $3.2 million from elderly customers [1.1].", C1, "S"),
    ("Prosecutors said Lindqvist moved money from 19 accounts into shell companies he controlled in Cyprus [1.2].", C1, "S"),
    ("Lindqvist's lawyer, Ingrid Sall, said he would appeal [1.3].", C1, "S"),
    ("Lindqvist, who will be sentenced on June 14, faces up to 20 years in prison [1.4].", C1, "S"),
    ("The jurors deliberated for about nine hours [1.5].", C1, "S"),
    ("Judge Amara Okoye refused a defence request for Lindqvist to stay free on bail until sentencing [1.6].", C1, "S"),
    ("Several victims attended every day of the three-week trial [1.7].", C1, "S"),
    ("Bramford police arrested two teenagers on Monday over a series of arson attacks on parked cars [1.1].", C2, "S"),
    ("The two suspects, aged 16 and 17, were charged with criminal damage and bailed [1.2].", C2, "S"),
    ("Detective Inspector Sarah Quinn said officers were still looking for a third person seen on security camera footage [1.3].", C2, "S"),
    ("Police said eleven vehicles have been set on fire since the start of October [1.4].", C2, "S"),
    ("Nobody has been hurt in the fires [1.5].", C2, "S"),
    ("The Supreme Court ruled 5-4 on Thursday that the state's airport ride-hailing ban violated federal competition law [1.1].", C3, "S"),
    ("Justice Elena Park, writing for the majority, said the ban 'protects incumbents rather than passengers' [1.2].", C3, "S"),
    ("In a dissent, Justice Robert Hale argued that states have broad authority to regulate airport traffic [1.3].", C3, "S"),
    ("The case was brought by a group of drivers and Zoomly, a ride-hailing company [1.4].", C3, "S"),
    ("The ruling does not affect a separate ban at train stations, which is being challenged in a lower court [1.5].", C3, "S"),
    ("Prosecutors dropped all charges against activist Leon Marsh on Tuesday, two days before his trial was due to start [1.1].", C4, "S"),
    ("A prosecution service spokesman said there was not enough evidence to secure a conviction [1.3].", C4, "S"),
    ("Marsh's lawyer said her client was considering suing the police for wrongful arrest [1.4].", C4, "S"),
    ("The police declined to comment [1.5].", C4, "S"),
    ("A man suspected of stabbing a shopkeeper in Dunmore was arrested on Saturday after a four-day manhunt [1.1].", C5, "S"),
    ("The suspect, 34, was found hiding in a barn near Ashby [1.2].", C5, "S"),
    # --- unsupported
    # jury convicted over six years -> 19 years? pooling: "embezzling from 19 elderly customers" (19 accounts, not customers)
    ("Lindqvist embezzled $3.2 million from 19 elderly customers [1.1][1.2].", C1, "R"),
    # prosecutors said -> stated as fact
    ("Lindqvist controlled shell companies in Cyprus [1.2].", C1, "R"),
    # "faces up to 20" -> "was sentenced to 20 years"
    ("Lindqvist was sentenced to 20 years in prison on June 14 [1.4].", C1, "R"),
    # about nine hours -> nine hours exact
    ("The jury deliberated for nine hours before reaching its verdict [1.5].", C1, "R"),
    # denied -> granted
    ("Judge Amara Okoye granted a defence request to allow Lindqvist to remain free on bail [1.6].", C1, "R"),
    # would appeal -> has appealed
    ("Lindqvist's lawyer has appealed the verdict [1.3].", C1, "R"),
    # several victims -> all victims
    ("All the victims attended every day of the trial [1.7].", C1, "R"),
    # three-week trial -> nine-day trial
    ("Several victims attended every day of the nine-day trial [1.5][1.7].", C1, "R"),
    # Judge's name swapped for lawyer (speaker)
    ("Judge Amara Okoye said Lindqvist would appeal the verdict [1.3][1.6].", C1, "R"),
    # charged with criminal damage -> charged with arson
    ("The suspects were charged with arson and released on bail [1.2].", C2, "R"),
    # released on bail -> remanded in custody
    ("The suspects, aged 16 and 17, were charged and held in custody [1.2].", C2, "R"),
    # third person -> third suspect arrested
    ("Officers arrested a third person seen on security camera footage [1.3].", C2, "R"),
    # most of the attacks -> all
    ("All of the attacks took place on the Elm Park estate [1.6].", C2, "R"),
    # night patrol formed by residents -> police formed
    ("Police have formed a night patrol on the Elm Park estate [1.6].", C2, "R"),
    # since october -> since september
    ("Eleven vehicles have been set alight since the beginning of September [1.4].", C2, "R"),
    # 5-4 -> unanimous
    ("The Supreme Court unanimously ruled that the state's airport ride-hailing ban violated federal competition law [1.1].", C3, "R"),
    # dissent joined by three -> Hale wrote majority
    ("Justice Robert Hale, writing for the majority, argued that states have broad authority to regulate airport traffic [1.3].", C3, "R"),
    # does not affect train station ban -> also struck down
    ("The ruling also struck down a ban on ride-hailing at train stations [1.5].", C3, "R"),
    # brought by drivers and Zoomly -> brought by the state
    ("The case was brought by the state against Zoomly [1.4].", C3, "R"),
    # ban violated federal competition law -> state constitution
    ("The Supreme Court ruled that the ban violated the state constitution [1.1].", C3, "R"),
    # considering suing -> has sued
    ("Marsh has sued the police for wrongful arrest [1.4].", C4, "R"),
    # protest outside Energy Ministry in March -> Finance Ministry
    ("Marsh had been accused of obstructing police during a protest outside the Finance Ministry [1.2].", C4, "R"),
    # insufficient evidence: prosecution spokesman -> police spokesman
    ("A police spokesman said there was insufficient evidence to secure a conviction [1.3].", C4, "R"),
    # declined to comment -> denied wrongdoing
    ("The police force denied any wrongdoing [1.5].", C4, "R"),
    # serious but stable -> critical
    ("The shopkeeper remains in hospital in a critical condition [1.3].", C5, "R"),
    # likely to appear -> will appear
    ("The suspect will appear in court on Monday, officers said [1.4].", C5, "R"),
    # four-day manhunt -> arrested Saturday after four days, found in Dunmore barn (place swapped)
    ("The suspect was found hiding in a barn in Dunmore [1.2].", C5, "R"),
]
