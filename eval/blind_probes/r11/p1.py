A = ("The Nordmark Central Bank raised its benchmark interest rate by a quarter of a percentage point to 4.25 percent on Thursday. "
"Governor Elsa Brandt said inflation remained too high and that further increases could not be ruled out. "
"Consumer prices rose 5.1 percent in the year to September, up from 4.8 percent in August. "
"Two of the seven members of the monetary policy committee voted to keep rates unchanged. "
"The bank expects inflation to fall back to its 2 percent target by the end of 2027. "
"Economists at Halden Securities had predicted the increase, but some warned that higher borrowing costs may push the economy into recession.")
B = ("Unemployment in Nordmark climbed to 6.3 percent in October, the highest level in three years. "
"The finance ministry said the rise was driven mainly by job losses in construction and retail. "
"Finance Minister Tomas Ek announced a plan to spend 2 billion crowns on training programmes for laid-off workers. "
"Opposition leader Karin Vass criticised the plan as too small and too late. "
"Retail sales fell 0.8 percent in October compared with September. "
"The ministry forecasts that growth will slow to 0.9 percent next year.")
PROBES = [
("The Nordmark Central Bank lifted its key rate by 0.25 percentage points to 4.25 percent. [1.1]", A, "S"),
("On Thursday the central bank increased its benchmark rate to 4.25 percent. [1.1]", A, "S"),
("The Nordmark Central Bank cut its benchmark rate to 4.25 percent on Thursday. [1.1]", A, "R"),  # antonym
("The central bank raised its benchmark rate to 4.5 percent on Thursday. [1.1]", A, "R"),  # number
("The central bank raised its benchmark rate on Wednesday. [1.1]", A, "R"),  # weekday
("Brandt said inflation was still too high. [1.2]", A, "S"),
("Governor Elsa Brandt said further rate increases could not be excluded. [1.2]", A, "S"),
("Brandt said further increases would follow. [1.2]", A, "R"),  # hedge strengthened: could not be ruled out -> would
("Brandt said inflation was no longer too high. [1.2]", A, "R"),  # negation/opposite
("Brandt said further increases had been ruled out. [1.2]", A, "R"),  # negation dropped
("Consumer prices climbed 5.1 percent in the twelve months to September. [1.3]", A, "S"),
("Annual inflation accelerated from 4.8 percent in August to 5.1 percent in September. [1.3]", A, "S"),
("Annual inflation slowed from 5.1 percent in August to 4.8 percent in September. [1.3]", A, "R"),  # reversed
("Consumer prices rose 5.1 percent in the year to October. [1.3]", A, "R"),  # month
("Two members of the monetary policy committee voted to hold rates. [1.4]", A, "S"),
("Two of the committee's seven members wanted rates left unchanged. [1.4]", A, "S"),
("Three of the seven committee members voted to keep rates unchanged. [1.4]", A, "R"),  # number
("The monetary policy committee voted unanimously to raise rates. [1.4]", A, "R"),  # unanimously false
("Two of the seven committee members voted for a larger increase. [1.4]", A, "R"),  # hallucinated
("The bank expects inflation to return to its 2 percent target by the end of 2027. [1.5]", A, "S"),
("The bank says inflation will fall to 2 percent by the end of 2027. [1.5]", A, "R"),  # expects -> will (hedge dropped)
("The bank expects inflation to fall back to its 2 percent target by the end of 2026. [1.5]", A, "R"),  # year
("Halden Securities economists had forecast the rate rise. [1.6]", A, "S"),
("Some economists warned that higher borrowing costs might tip the economy into recession. [1.6]", A, "S"),
("Some economists warned that higher borrowing costs will push the economy into recession. [1.6]", A, "R"),  # may -> will
("Economists at Halden Securities had predicted a cut. [1.6]", A, "R"),  # hallucinated/antonym
("Governor Brandt raised the rate because unemployment had fallen. [1.1][1.2]", A, "R"),  # invented cause
("Nordmark's jobless rate rose to 6.3 percent in October, a three-year high. [2.1]", [A, B], "S"),
("Unemployment in Nordmark reached 6.3 percent in October, its highest in three years. [2.1]", [A, B], "S"),
("Unemployment in Nordmark fell to 6.3 percent in October. [2.1]", [A, B], "R"),  # antonym
("Unemployment in Nordmark climbed to 6.3 percent in October, the highest level in five years. [2.1]", [A, B], "R"),  # number
("The finance ministry said the increase was mainly due to job cuts in construction and retail. [2.2]", [A, B], "S"),
("The finance ministry said the rise was driven mainly by job losses in manufacturing and retail. [2.2]", [A, B], "R"),  # sector swap
("The finance ministry said the rise was driven entirely by job losses in construction. [2.2]", [A, B], "R"),  # mainly -> entirely, dropped retail
("Finance Minister Tomas Ek unveiled a 2 billion crown plan for retraining laid-off workers. [2.3]", [A, B], "S"),
("Ek announced a plan to spend 2 billion crowns on training programmes. [2.3]", [A, B], "S"),
("Finance Minister Tomas Ek spent 2 billion crowns on training programmes for laid-off workers. [2.3]", [A, B], "R"),  # plan -> did
("Karin Vass criticised the plan as too small. [2.4]", [A, B], "S"),
("Opposition leader Karin Vass praised the plan. [2.4]", [A, B], "R"),  # antonym
("Finance Minister Tomas Ek criticised the plan as too small and too late. [2.4]", [A, B], "R"),  # speaker swap
("Retail sales dropped 0.8 percent in October from the previous month. [2.5]", [A, B], "S"),
("Retail sales rose 0.8 percent in October compared with September. [2.5]", [A, B], "R"),  # antonym
("The ministry expects growth to slow to 0.9 percent next year. [2.6]", [A, B], "S"),
("The ministry forecasts that growth will slow to 0.9 percent this year. [2.6]", [A, B], "R"),  # time swap
]
