# interviews / podcasts with speaker labels
I1 = ("HOST: Welcome back to The Ledger. My guest today is Amara Nwosu, the founder of the payments start-up Kitepay. "
      "NWOSU: Thanks for having me. "
      "HOST: You raised $40 million last month. What will you spend it on? "
      "NWOSU: Mostly hiring. We plan to double our engineering team to about 120 people by the end of next year. "
      "HOST: And expansion? "
      "NWOSU: We're looking at Kenya and Ghana, but nothing is decided yet. "
      "HOST: Your competitors say your fees are too low to be sustainable. "
      "NWOSU: I disagree. We have been profitable on every transaction since March. "
      "HOST: Would you ever sell the company? "
      "NWOSU: Not this year. I won't rule it out forever.")
I2 = ("Interview transcript, Radio Westmoor, 8 October. "
      "PRESENTER (Gail Brooks): The hospital trust says waiting times for knee surgery have fallen. Is that true? "
      "DR OMAR FAROUK: They have fallen, from about 14 months to 11 months, but that is still far too long. "
      "BROOKS: What would help? "
      "FAROUK: We need at least two more surgeons. The trust has promised one, starting in January. "
      "BROOKS: The health minister says the money is there. "
      "FAROUK: If the money is there, I haven't seen it. "
      "BROOKS: Will you stay at the hospital? "
      "FAROUK: For now, yes. But several of my colleagues are thinking of leaving.")
PROBES = [
    ("Amara Nwosu founded the payments start-up Kitepay [1.2].", I1, "S"),
    ("Nwosu said Kitepay would spend most of the $40 million it raised last month on hiring [1.4][1.6].", I1, "R"),  # LABEL CORRECTED S->R: "spend" comes only from the uncited question [1.5]
    ("Nwosu said the company plans to double its engineering team to about 120 people by the end of next year [1.7].", I1, "S"),
    ("Nwosu said Kitepay was looking at Kenya and Ghana but that nothing had been decided [1.9].", I1, "S"),
    ("Nwosu rejected the view that Kitepay's fees are too low to be sustainable [1.10][1.11].", I1, "S"),
    ("Nwosu said Kitepay had been profitable on every transaction since March [1.12].", I1, "S"),
    ("Nwosu said she would not sell the company this year but would not rule it out forever [1.13][1.14][1.15].", I1, "S"),
    ("Competitors say Kitepay's fees are too low to be sustainable, the host said [1.10].", I1, "S"),
    ("Kitepay raised $40 million last month [1.4].", I1, "S"),
    ("Dr Omar Farouk said waiting times for knee surgery had fallen from about 14 months to 11 months [1.4].", I2, "S"),
    ("Farouk said waits of about 11 months were still far too long [1.4].", I2, "S"),
    ("Farouk said at least two more surgeons were needed [1.6].", I2, "S"),
    ("Farouk said the trust had promised one surgeon, starting in January [1.7].", I2, "S"),
    ("Farouk said several of his colleagues were thinking of leaving [1.12].", I2, "S"),
    ("Farouk said he would stay at the hospital for now [1.10][1.11].", I2, "S"),
    ("Presenter Gail Brooks said the health minister says the money is there [1.8].", I2, "S"),
    ("The interview was broadcast on Radio Westmoor on 8 October [1.1].", I2, "S"),
    ("Farouk said that if the money was there, he had not seen it [1.9].", I2, "S"),
    ("The hospital trust says knee surgery waiting times have fallen [1.2].", I2, "S"),
    ("Nwosu said Kitepay would spend the money mostly on hiring, doubling its engineering team to about 120 people [1.6][1.7].", I1, "R"),  # LABEL CORRECTED S->R: "spend the money" comes only from uncited [1.4]-[1.5]
    # unsupported
    # $40 million -> $14 million
    ("Kitepay raised $14 million last month [1.4].", I1, "R"),
    # competitors' claim attributed to host
    ("The host said Kitepay's fees are too low to be sustainable [1.10].", I1, "R"),
    # competitors' claim as fact
    ("Kitepay's fees are too low to be sustainable [1.10].", I1, "R"),
    # looking at -> will expand
    ("Nwosu said Kitepay will expand to Kenya and Ghana [1.9].", I1, "R"),
    # Nigeria invented
    ("Nwosu said Kitepay was looking at Nigeria and Ghana [1.9].", I1, "R"),
    # plan dropped: doubled already
    ("Kitepay has doubled its engineering team to about 120 people [1.7].", I1, "R"),
    # 120 -> 200
    ("Nwosu plans to grow the engineering team to about 200 people [1.7].", I1, "R"),
    # profitable on every transaction -> profitable overall since March
    ("Nwosu said Kitepay has been profitable since last year [1.12].", I1, "R"),
    # ruled out selling
    ("Nwosu ruled out ever selling the company [1.13][1.14][1.15].", I1, "R"),
    # agreed with competitors
    ("Nwosu agreed that Kitepay's fees are too low [1.10][1.11].", I1, "R"),
    # speaker swap: Brooks said waits fell from 14 to 11 months
    ("Gail Brooks said knee surgery waits had fallen from about 14 months to 11 months [1.2][1.4].", I2, "R"),
    # about dropped + numbers swapped
    ("Farouk said waiting times had fallen from 11 months to 14 months [1.4].", I2, "R"),
    # at least two -> two
    ("Farouk said the hospital needs three more surgeons [1.6].", I2, "R"),
    # promised one -> hired two
    ("The trust has hired two surgeons, starting in January [1.7].", I2, "R"),
    # trust's claim vs minister
    ("The health minister says waiting times for knee surgery have fallen [1.2][1.8].", I2, "R"),
    # conditional stated as fact
    ("Farouk said the money was there but he had not seen it [1.9].", I2, "R"),
    # several colleagues thinking -> have left
    ("Several of Farouk's colleagues have left the hospital [1.12].", I2, "R"),
    # Farouk thinking of leaving
    ("Farouk said he was thinking of leaving the hospital [1.10][1.11][1.12].", I2, "R"),
    # hip vs knee
    ("Farouk said waiting times for hip surgery had fallen [1.4].", I2, "R"),
    # February start
    ("The trust has promised one more surgeon, starting in February [1.7].", I2, "R"),
    # Dr Farouk is the presenter
    ("Presenter Omar Farouk interviewed Gail Brooks [1.2][1.4].", I2, "R"),
]
