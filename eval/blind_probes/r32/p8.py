# Domain: two-outlet brief (S1 and S2) on a national regulated rail fare rise
S1 = " ".join([
    "Regulated rail fares in England will rise by 4.6% from 2 March, the Department for Transport announced on Friday.",
    "The increase, which covers season tickets and most off-peak returns, is below July's retail price index inflation figure of 5.1%.",
    "Transport Secretary Helen Achebe said the government had \"chosen to cap the rise below inflation to protect passengers\".",
    "An annual season ticket from Reading to London will go up by 248 pounds to 5,640 pounds.",
    "Fares in Scotland and Wales are set separately by the devolved governments.",
    "The passenger watchdog Transport Focus said many travellers would be \"dismayed\" at another above-wage increase.",
    "Rail unions said the rise would push more commuters back into their cars.",
    "The rise is the smallest in three years, after increases of 5.9% in 2023 and 4.9% in 2024.",
    "Industry body the Rail Delivery Group said the extra revenue would help fund improvements to services.",
    "Passenger numbers on the network are still around 10% below their pre-pandemic level.",
    "Unregulated fares, which are set by train operators, may rise by more than 4.6%, the department warned.",
])
S2 = " ".join([
    "Rail passengers face a 4.6% rise in regulated fares in England next spring, the government has confirmed.",
    "The rise will take effect on 2 March and applies to about 45% of all fares.",
    "Campaign group Better Rail said the increase was \"a kick in the teeth\" for commuters already struggling with living costs.",
    "Transport Secretary Helen Achebe said fares had been capped below inflation for the second year running.",
    "The government said it had spent 31 billion pounds supporting the railways since 2020.",
    "A new flexible season ticket for part-time commuters will also be frozen at current prices.",
    "Opposition transport spokesperson Dev Malhotra called the rise \"the wrong decision at the wrong time\".",
    "Analysts at the think tank Centre for Mobility said rail journeys had become 18% more expensive in real terms over a decade.",
    "Train operators have until mid-January to publish their new fares.",
    "Ticket office closures announced last year have been paused while a review takes place.",
    "The Rail Delivery Group said fares income covered only about half of the cost of running the railway.",
    "Commuters in the South East, where season ticket use is highest, are expected to be hit hardest.",
])
D = [S1, S2]
PROBES = [
("Regulated rail fares in England are to increase by 4.6% from 2 March [1.1].", D, "S"),  # rise = increase
("The Department for Transport announced the fare rise on Friday [1.1].", D, "S"),  # dropped detail
("The 4.6% rise is lower than retail price index inflation of 5.1% in July [1.1, 1.2].", D, "S"),  # below = lower than
("The fare rise is below inflation [1.2].", D, "S"),  # generalised
("Regulated fares in England will rise by 4.6% from 2 March, below July's retail price index inflation of 5.1% [1.1-2].", D, "S"),  # range merge
("The increase covers season tickets and most off-peak returns [1.2].", D, "S"),  # near-verbatim
("Helen Achebe said the government had chosen to keep the rise below inflation to protect passengers [1.3].", D, "S"),  # indirect speech
("An annual season ticket between Reading and London currently costs 5,392 pounds [1.4].", D, "S"),  # 5,640 - 248
("A Reading to London annual season ticket will rise to £5,640 [1.4].", D, "S"),  # number format
("A Reading to London annual season ticket will cost 248 pounds more [1.4].", D, "S"),  # paraphrase
("The devolved governments set fares in Scotland and Wales separately [1.5].", D, "S"),  # active voice
("Transport Focus, the passenger watchdog, said many travellers would be \"dismayed\" [1.6].", D, "S"),  # dropped detail
("Rail unions warned the rise would drive more commuters back to their cars [1.7].", D, "S"),  # push = drive
("The 4.6% rise is smaller than the increases of 5.9% in 2023 and 4.9% in 2024 [1.1, 1.8].", D, "S"),  # merge
("The rise is 1.3 percentage points lower than the 2023 increase [1.1, 1.8].", D, "S"),  # 5.9 - 4.6
("The Rail Delivery Group said the additional revenue would help pay for service improvements [1.9].", D, "S"),  # fund = pay for
("Passenger numbers remain roughly 10% lower than before the pandemic [1.10].", D, "S"),  # paraphrase
("Unregulated fares, set by train operators, could go up by more than 4.6%, the department warned [1.11].", D, "S"),  # may = could
("The government has confirmed a 4.6% increase in regulated fares in England [2.1].", D, "S"),  # reorder
("The 4.6% rise in regulated fares in England will take effect on 2 March [2.1, 2.2].", D, "S"),  # merge
("The fare rise will apply to around 45% of all fares [2.2].", D, "S"),  # about = around
("Better Rail described the rise as \"a kick in the teeth\" for commuters [2.3].", D, "S"),  # partial quote
("Achebe said it was the second year in a row that fares had been capped below inflation [2.4].", D, "S"),  # running = in a row
("Helen Achebe, the transport secretary, said the rise had been capped below inflation, as fares had been the previous year [1.3, 2.4].", D, "S"),  # cross-document merge
("The government said it had spent £31bn supporting the railways since 2020 [2.5].", D, "S"),  # number format
("Prices for a new flexible season ticket aimed at part-time commuters will be frozen [2.6].", D, "S"),  # paraphrase
("Dev Malhotra, the opposition transport spokesperson, called the rise \"the wrong decision at the wrong time\" [2.7].", D, "S"),  # reorder
("The Centre for Mobility said rail journeys had become 18% more expensive in real terms over ten years [2.8].", D, "S"),  # decade = ten years
("Train operators must publish their new fares by mid-January [2.9].", D, "S"),  # have until = must by
("Ticket office closures announced last year are on hold pending a review [2.10].", D, "S"),  # paused = on hold
("According to the Rail Delivery Group, fares cover only around half the cost of running the railway [2.11].", D, "S"),  # paraphrase
("The Rail Delivery Group said extra revenue would help fund improvements, and that fares income covered only about half the railway's running costs [1.9, 2.11].", D, "S"),  # cross-document merge
("Commuters in the South East are expected to be hardest hit [2.12].", D, "S"),  # dropped detail
("Train operators have until mid-January to publish their new fares. [2.9]", D, "S"),  # verbatim, end citation
("Regulated rail fares in England will rise by 4.6% from 2 May [1.1].", D, "R"),  # March -> May
("Regulated rail fares across Britain will rise by 4.6% [1.1].", D, "R"),  # England -> Britain
("The Department for Transport announced the rise on Thursday [1.1].", D, "R"),  # Friday -> Thursday
("Fares are rising because passenger numbers remain 10% below pre-pandemic levels [1.1, 1.10].", D, "R"),  # invented cause
("The fare rise was announced on Friday, and the government said it had spent 31 billion pounds supporting the railways [1.1].", D, "R"),  # clause from uncited 2.5
("The increase is above July's retail price index inflation figure of 5.1% [1.2].", D, "R"),  # below -> above
("The increase covers season tickets and all off-peak returns [1.2].", D, "R"),  # most -> all
("The increase is below July's retail price index inflation figure of 5.4% [1.2].", D, "R"),  # 5.1 -> 5.4
("Transport Secretary Helen Achebe said the government had \"chosen to cap the rise below inflation to protect the railways\" [1.3].", D, "R"),  # altered quote
("Dev Malhotra said the government had chosen to cap the rise below inflation to protect passengers [1.3].", D, "R"),  # wrong speaker
("An annual season ticket from Reading to London will go up by 284 pounds [1.4].", D, "R"),  # 248 -> 284
("An annual season ticket from Oxford to London will go up by 248 pounds [1.4].", D, "R"),  # Reading -> Oxford
("The Reading to London annual season ticket currently costs 5,640 pounds [1.4].", D, "R"),  # that is the new price
("Fares in Scotland and Wales will also rise by 4.6% [1.5].", D, "R"),  # unsupported: set separately
("Transport Focus said all travellers would be \"dismayed\" at another above-wage increase [1.6].", D, "R"),  # many -> all
("Rail unions said the rise would push more commuters on to buses [1.7].", D, "R"),  # cars -> buses
("Rail unions said the rise had already pushed commuters back into their cars [1.7].", D, "R"),  # prediction -> past fact
("The rise is the smallest in five years [1.8].", D, "R"),  # three -> five
("The rise follows increases of 4.9% in 2023 and 5.9% in 2024 [1.8].", D, "R"),  # years swapped
("The Rail Delivery Group said the extra revenue would be used to pay shareholder dividends [1.9].", D, "R"),  # invented use
("Passenger numbers on the network are now above their pre-pandemic level [1.10].", D, "R"),  # below -> above
("Unregulated fares will rise by more than 4.6%, the department said [1.11].", D, "R"),  # hedge dropped: may -> will
("The rise will take effect on 2 March and applies to about 54% of all fares [2.2].", D, "R"),  # 45 -> 54
("The rise applies to about 45% of all fares [2.3].", D, "R"),  # wrong citation: fact is in 2.2
("Transport Focus said the increase was \"a kick in the teeth\" for commuters [2.3].", D, "R"),  # wrong speaker: Better Rail
("Achebe said fares had been capped below inflation for the third year running [2.4].", D, "R"),  # second -> third
("Achebe said fares had been capped below inflation for the second year running to protect passengers from rising living costs [2.4].", D, "R"),  # added purpose not in 2.4
("The government said it had spent 31 billion pounds supporting the railways since 2010 [2.5].", D, "R"),  # 2020 -> 2010
("A new flexible season ticket for part-time commuters will also rise by 4.6% [2.6].", D, "R"),  # frozen -> rise
("A new flexible season ticket for full-time commuters will be frozen at current prices [2.6].", D, "R"),  # part-time -> full-time
("Dev Malhotra called the rise \"the right decision at the wrong time\" [2.7].", D, "R"),  # altered quote
("The Rail Delivery Group said rail journeys had become 18% more expensive in real terms over a decade [2.8].", D, "R"),  # wrong source: Centre for Mobility
("Train operators have until mid-February to publish their new fares [2.9].", D, "R"),  # January -> February
("Ticket office closures announced last year have been scrapped [2.10].", D, "R"),  # paused -> scrapped
("The Rail Delivery Group said fares income covered the full cost of running the railway [2.11].", D, "R"),  # half -> full
("Commuters in the North West, where season ticket use is highest, are expected to be hit hardest [2.12].", D, "R"),  # South East -> North West
("Commuters in the South East will be hit hardest [2.12].", D, "R"),  # hedge dropped: expected to be -> will be
("The Rail Delivery Group said commuters in the South East would be hit hardest [2.11-12].", D, "R"),  # attribution invented: 2.12 is unattributed
]
