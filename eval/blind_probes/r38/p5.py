# Domain: mining company annual results and job cuts
S1 = " ".join([
    "Mining group Redmoor Resources reported a 38% fall in annual pre-tax profit on Thursday, to $2.1bn, as lower copper and iron ore prices hit earnings.",
    "Revenue for the year to 30 June fell 14% to $11.6bn, the company said.",
    "Redmoor will cut about 1,400 jobs, roughly 6% of its global workforce, mainly at its coal operations in Queensland and its head office in Perth.",
    "Chief executive Sandra Kowalczyk said the cuts were 'necessary to protect the long-term health of the business' but added that she 'deeply regretted' their impact on staff.",
    "The company will close its Ballara coal mine, which employs about 600 people, by the end of next year, two years earlier than planned.",
    "Copper production rose 9% to a record 512,000 tonnes, helped by the expansion of the Cerro Alto mine in Peru.",
    "Iron ore shipments were broadly flat at 88 million tonnes.",
    "The board declared a final dividend of 45 cents a share, down from 72 cents a year earlier.",
    "Redmoor also announced a $1bn share buyback, to be completed over the next 12 months.",
    "Shares in the company rose 3.4% in Sydney trading, as analysts said the results were better than feared.",
    "Mining analyst Tom Reyes at Harbourline Securities described the buyback as 'a confident signal' but warned that copper prices could remain weak into next year.",
    "The Mining and Energy Union said it had not been consulted about the Ballara closure and would seek urgent talks with management.",
    "Kowalczyk said Redmoor was committed to helping affected workers find jobs elsewhere in the group, including at its planned copper project in South Australia.",
    "The company cut its capital expenditure guidance for next year to between $3.2bn and $3.5bn, from a previous range of $3.8bn to $4.1bn.",
    "Net debt rose to $5.4bn from $4.7bn, partly because of spending on the Cerro Alto expansion.",
    "Redmoor said it expected its cost-cutting programme to deliver annual savings of $450m by 2027.",
])
PROBES = [
("Redmoor's annual pre-tax profit dropped 38% to $2.1bn [1.1].", S1, "S"),  # matches
("Weaker copper and iron ore prices weighed on Redmoor's earnings [1.1].", S1, "S"),  # reworded
("Redmoor's annual pre-tax profit fell 38% to $2.1m [1.1].", S1, "R"),  # bn, not m
("Redmoor's pre-tax profit fell 83% [1.1].", S1, "R"),  # 38%
("Higher copper prices hurt Redmoor's earnings [1.1].", S1, "R"),  # lower prices
("Redmoor's revenue for the year to 30 June was down 14% at $11.6bn [1.2].", S1, "S"),  # matches
("Redmoor's revenue fell by a smaller percentage than its pre-tax profit [1.1, 1.2].", S1, "S"),  # 14% vs 38%
("Revenue for the year fell 14% to $16.1bn [1.2].", S1, "R"),  # $11.6bn
("Redmoor's revenue rose 14% in the year to 30 June [1.2].", S1, "R"),  # fell
("The miner plans to shed around 1,400 jobs, about 6% of its workforce worldwide [1.3].", S1, "S"),  # matches
("Most of the job losses will fall on the Queensland coal business and the Perth head office [1.3].", S1, "S"),  # mainly
("Redmoor will cut about 1,400 jobs, roughly 16% of its workforce [1.3].", S1, "R"),  # 6%
("The job cuts will fall mainly at Redmoor's copper operations in Queensland [1.3].", S1, "R"),  # coal operations
("All of the job cuts will be in Queensland [1.3].", S1, "R"),  # mainly Queensland and Perth
("Sandra Kowalczyk said the job cuts were needed for the long-term health of the business, though she deeply regretted the effect on staff [1.4].", S1, "S"),  # reported speech
("Redmoor's chief executive expressed regret over the impact of the job cuts on employees [1.4].", S1, "S"),  # generalised
("Kowalczyk said the cuts were 'necessary to protect the long-term health of the business' and would be temporary [1.4].", S1, "R"),  # added detail
("Tom Reyes said the cuts were 'necessary to protect the long-term health of the business' [1.4].", S1, "R"),  # Kowalczyk said it
("The Ballara coal mine, with around 600 workers, will shut by the end of next year [1.5].", S1, "S"),  # matches
("Ballara's closure is coming two years ahead of schedule [1.5].", S1, "S"),  # earlier than planned
("The Ballara coal mine, which employs about 1,400 people, will close [1.5].", S1, "R"),  # 600
("Ballara will close two years later than planned [1.5].", S1, "R"),  # earlier
("The Ballara mine will close by the end of this year [1.5].", S1, "R"),  # next year
("Copper output hit a record 512,000 tonnes, up 9% [1.6].", S1, "S"),  # matches
("A mine expansion in Peru helped lift copper production to a record [1.6].", S1, "S"),  # reworded
("Copper production rose 9% to a record 521,000 tonnes [1.6].", S1, "R"),  # 512,000
("Copper production rose 19% [1.6].", S1, "R"),  # 9%
("The expansion of a mine in Chile boosted copper output [1.6].", S1, "R"),  # Peru
("Iron ore shipments were roughly unchanged at 88 million tonnes [1.7].", S1, "S"),  # broadly flat
("Copper production increased while iron ore shipments held steady [1.6, 1.7].", S1, "S"),  # merged
("Iron ore shipments rose sharply to 88 million tonnes [1.7].", S1, "R"),  # broadly flat
("The final dividend was cut to 45 cents a share from 72 cents [1.8].", S1, "S"),  # matches
("The final dividend was 27 cents lower than a year earlier [1.8].", S1, "S"),  # 72 - 45
("The board raised the final dividend to 72 cents a share [1.8].", S1, "R"),  # cut to 45
("Redmoor will buy back $1bn of its shares over the coming year [1.9].", S1, "S"),  # 12 months
("Redmoor announced a $1bn share buyback to be completed over the next 18 months [1.9].", S1, "R"),  # 12 months
("Redmoor announced a $1bn special dividend [1.9].", S1, "R"),  # buyback
("Redmoor shares climbed 3.4% in Sydney as analysts judged the results better than feared [1.10].", S1, "S"),  # matches
("Redmoor's shares rose even though its pre-tax profit fell 38% [1.1, 1.10].", S1, "S"),  # merged
("Shares in Redmoor fell 3.4% in Sydney trading [1.10].", S1, "R"),  # rose
("Redmoor shares rose 3.4% in London trading [1.10].", S1, "R"),  # Sydney
("Analysts said the results were worse than feared [1.10].", S1, "R"),  # better
("Tom Reyes called the buyback 'a confident signal' [1.11].", S1, "S"),  # matches
("A Harbourline analyst cautioned that copper prices might stay weak into next year [1.11].", S1, "S"),  # hedge kept
("Tom Reyes said copper prices would remain weak into next year [1.11].", S1, "R"),  # could -> would
("Tom Reyes described the dividend cut as 'a confident signal' [1.11].", S1, "R"),  # buyback
("The union said it had not been consulted over Ballara and wanted urgent talks with management [1.12].", S1, "S"),  # matches
("The Mining and Energy Union said it had been consulted about the Ballara closure but opposed it [1.12].", S1, "R"),  # not consulted
("Kowalczyk said Redmoor would help affected staff find roles elsewhere in the group [1.13].", S1, "S"),  # committed to helping
("Redmoor has a copper project planned in South Australia [1.13].", S1, "S"),  # matches
("Kowalczyk guaranteed all affected workers jobs at the South Australia copper project [1.13].", S1, "R"),  # committed to help, no guarantee
("Redmoor's South Australian copper project is already in production [1.13].", S1, "R"),  # planned
("Redmoor lowered its capital expenditure guidance for next year to between $3.2bn and $3.5bn, down from $3.8bn to $4.1bn [1.14].", S1, "S"),  # matches
("Redmoor is scaling back planned capital spending for next year [1.14].", S1, "S"),  # cut guidance
("Redmoor raised its capital expenditure guidance to between $3.8bn and $4.1bn [1.14].", S1, "R"),  # cut from that range
("Net debt climbed by $0.7bn to $5.4bn [1.15].", S1, "S"),  # 5.4 - 4.7
("Spending on the Cerro Alto expansion contributed to higher net debt [1.15].", S1, "S"),  # partly because
("Net debt fell to $4.7bn from $5.4bn [1.15].", S1, "R"),  # rose
("Net debt rose entirely because of spending on the Cerro Alto expansion [1.15].", S1, "R"),  # partly
("Redmoor expects its cost-cutting to save $450m a year by 2027 [1.16].", S1, "S"),  # matches
("Redmoor expects annual savings of $450m by 2026 [1.16].", S1, "R"),  # 2027
("Redmoor expects the job cuts alone to save $450m a year [1.3, 1.16].", S1, "R"),  # whole cost-cutting programme
("The Ballara closure will account for all of the 1,400 job cuts [1.3, 1.5].", S1, "R"),  # Ballara employs 600
("The union representing miners said it would push for urgent talks over the Ballara closure [1.12].", S1, "S"),  # reworded
("The final dividend was set at 45 cents a share [1.8].", S1, "S"),  # matches
]
