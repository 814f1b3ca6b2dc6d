# City council / school board minutes
M1 = ("The regular meeting of the Fairmont City Council was called to order at 7:02 p.m. on Tuesday, October 14, by Mayor Denise Albright. "
      "Councillors Ortiz, Kwan, Pellegrini and Shaw were present; Councillor Burke was absent. "
      "Councillor Kwan moved to approve the minutes of the September 23 meeting, seconded by Councillor Shaw; the motion carried 4-0. "
      "City Manager Alan Fitch presented the draft 2027 budget of $48.6 million, an increase of 3.2 percent over the current year. "
      "Councillor Pellegrini asked whether the increase included the new fire station; Fitch replied that the station would be funded separately through a bond. "
      "A public hearing on the proposed rezoning of 112 Harbor Road was postponed to November 11 at the applicant's request. "
      "Resident Joyce Tam spoke against the planned removal of 14 oak trees on Mill Street. "
      "The council voted 3-1 to award the street-resurfacing contract to Delta Paving for $1.15 million, with Councillor Ortiz opposed. "
      "The meeting adjourned at 9:47 p.m.")
M2 = ("The Lakeside Unified School District board met on Monday evening in the Roosevelt Middle School library. "
      "Superintendent Karen Mills reported that enrolment had fallen by 212 students since last year, to 8,940. "
      "Trustee Luis Garza proposed closing Pine Hill Elementary at the end of the school year; no vote was taken. "
      "The board unanimously approved a 2.5 percent raise for classified staff, effective January 1. "
      "Parents of students at Pine Hill asked the board to delay any closure decision until a community survey was completed. "
      "Trustee Ann Becker said she would not support closing any school before 2028. "
      "The board will hold a special meeting on the district's facilities plan on February 2.")
M3 = ("At its Thursday session, the Orton County Board of Supervisors approved a six-month moratorium on new short-term rental permits by a vote of 4-1. "
      "Supervisor Dale Hicks, the lone no vote, said the moratorium would hurt small property owners. "
      "Staff reported that the county had issued 640 short-term rental permits, up from 410 two years ago. "
      "The board directed staff to return by April with options for a permanent cap. "
      "Supervisor Irene Wu asked staff to include data on housing vacancy rates in the report.")
PROBES = [
    # --- supported
    ("Mayor Denise Albright called the Fairmont City Council meeting to order at 7:02 p.m. on Tuesday, October 14 [1.1].", M1, "S"),
    ("Councillor Burke was absent from the meeting [1.2].", M1, "S"),
    ("The minutes of the September 23 meeting were approved 4-0 on a motion by Councillor Kwan, seconded by Councillor Shaw [1.3].", M1, "S"),
    ("City Manager Alan Fitch presented a draft 2027 budget of $48.6 million, up 3.2 percent from the current year [1.4].", M1, "S"),
    ("Fitch said the new fire station would be funded separately through a bond [1.5].", M1, "S"),
    ("The public hearing on rezoning 112 Harbor Road was postponed to November 11 at the applicant's request [1.6].", M1, "S"),
    ("Resident Joyce Tam spoke against the planned removal of 14 oak trees on Mill Street [1.7].", M1, "S"),
    ("The council awarded the street-resurfacing contract to Delta Paving for $1.15 million on a 3-1 vote, with Councillor Ortiz opposed [1.8].", M1, "S"),
    ("The meeting was adjourned at 9:47 p.m. [1.9].", M1, "S"),
    ("Superintendent Karen Mills reported that enrolment had dropped by 212 students since last year, to 8,940 [1.2].", M2, "S"),
    ("Trustee Luis Garza proposed closing Pine Hill Elementary at the end of the school year, but no vote was taken [1.3].", M2, "S"),
    ("The board unanimously approved a 2.5 percent raise for classified staff, effective January 1 [1.4].", M2, "S"),
    ("Pine Hill parents asked the board to delay any closure decision until a community survey was completed [1.5].", M2, "S"),
    ("Trustee Ann Becker said she would not support closing any school before 2028 [1.6].", M2, "S"),
    ("The board will hold a special meeting on the facilities plan on February 2 [1.7].", M2, "S"),
    ("The board met in the Roosevelt Middle School library on Monday evening [1.1].", M2, "S"),
    ("The Orton County Board of Supervisors voted 4-1 on Thursday to approve a six-month moratorium on new short-term rental permits [1.1].", M3, "S"),
    ("Supervisor Dale Hicks, who cast the lone no vote, said the moratorium would hurt small property owners [1.2].", M3, "S"),
    ("The county has issued 640 short-term rental permits, up from 410 two years ago, staff reported [1.3].", M3, "S"),
    ("The board directed staff to return by April with options for a permanent cap [1.4].", M3, "S"),
    ("Supervisor Irene Wu asked staff to include housing vacancy data in the report [1.5].", M3, "S"),
    ("Councillors Ortiz, Kwan, Pellegrini and Shaw attended the meeting [1.2].", M1, "S"),
    # --- unsupported
    # Kwan moved, Shaw seconded -> swap
    ("Councillor Shaw moved to approve the minutes, seconded by Councillor Kwan [1.3].", M1, "R"),
    # 4-0 -> unanimously by all five councillors (Burke absent)
    ("All five councillors voted to approve the minutes of the September 23 meeting [1.2][1.3].", M1, "R"),
    # budget increase 3.2 -> the fire station bond 3.2
    ("The draft budget includes the new fire station [1.4][1.5].", M1, "R"),
    # Pellegrini asked -> Fitch asked (question misread)
    ("Councillor Pellegrini said the increase included the new fire station [1.5].", M1, "R"),
    # hearing postponed at applicant's request -> at council's request
    ("The hearing on the rezoning of 112 Harbor Road was postponed to November 11 at the council's request [1.6].", M1, "R"),
    # postponed -> held
    ("The council held a public hearing on the rezoning of 112 Harbor Road [1.6].", M1, "R"),
    # Joyce Tam spoke against -> in favour
    ("Resident Joyce Tam spoke in favour of the planned removal of 14 oak trees on Mill Street [1.7].", M1, "R"),
    # Ortiz opposed -> Pellegrini opposed
    ("The council voted 3-1 to award the contract to Delta Paving, with Councillor Pellegrini opposed [1.8].", M1, "R"),
    # oak trees on Mill Street -> Harbor Road
    ("Joyce Tam spoke against the removal of 14 oak trees on Harbor Road [1.6][1.7].", M1, "R"),
    # 2027 budget $48.6 million -> 2026
    ("Alan Fitch presented the draft 2026 budget of $48.6 million [1.4].", M1, "R"),
    # Garza proposed; no vote -> board voted to close
    ("The board voted to close Pine Hill Elementary at the end of the school year [1.3].", M2, "R"),
    # enrolment fell by 212 -> rose
    ("Enrolment has risen by 212 students since last year, to 8,940 [1.2].", M2, "R"),
    # raise for classified staff -> for teachers
    ("The board approved a 2.5 percent raise for teachers, effective January 1 [1.4].", M2, "R"),
    # unanimously -> by a majority 4-1 (added)
    ("The board approved a 2.5 percent raise for classified staff by a 4-1 vote [1.4].", M2, "R"),
    # Becker -> Garza said he would not support closing
    ("Trustee Luis Garza said he would not support closing any school before 2028 [1.3][1.6].", M2, "R"),
    # parents asked delay until survey -> parents completed a survey
    ("Pine Hill parents completed a community survey on the closure [1.5].", M2, "R"),
    # special meeting February 2 -> January 1 (pooled)
    ("The board will hold a special meeting on the facilities plan on January 1 [1.4][1.7].", M2, "R"),
    # Monday evening in Roosevelt library -> Pine Hill library
    ("The board met in the Pine Hill Elementary library [1.1][1.3].", M2, "R"),
    # six-month -> one-year moratorium
    ("The supervisors approved a one-year moratorium on new short-term rental permits [1.1].", M3, "R"),
    # moratorium on new permits -> all short-term rentals banned
    ("The supervisors approved a six-month ban on short-term rentals [1.1].", M3, "R"),
    # Hicks said would hurt small property owners -> Wu
    ("Supervisor Irene Wu said the moratorium would hurt small property owners [1.2][1.5].", M3, "R"),
    # 640 up from 410 -> 410 up from 640
    ("The county has issued 410 short-term rental permits, down from 640 two years ago [1.3].", M3, "R"),
    # directed to return with options -> approved a permanent cap
    ("The board approved a permanent cap on short-term rental permits [1.4].", M3, "R"),
    # 4-1 -> 3-2
    ("The moratorium passed 3-2 [1.1].", M3, "R"),
    # by April -> by March
    ("Staff must return by March with options for a permanent cap [1.4].", M3, "R"),
]
